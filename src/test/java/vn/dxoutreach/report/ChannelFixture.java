package vn.dxoutreach.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/**
 * A district office with two communes whose 01–10/10/2023 has news items on three channels (views known
 * for two), events of three types (a training from Sunday 08/10 to Monday 09/10), leaflets and an SMS
 * campaign, a team session that installed 12 apps, and a plan with a weekly portal target, an events
 * target and a leaflets target; one news item, one event and one material carry a photo.
 */
public final class ChannelFixture {

    public static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    public static final LocalDate TO = LocalDate.of(2023, 10, 10);
    public static final String PORTAL = "Cổng/Trang thông tin điện tử";

    public final Store store;
    public final Unit district;
    public final Unit communeA;
    public final Unit communeB;
    public final Plan plan;
    public final NewsItem portalNews;
    public final OutreachEvent training;
    public final Material leaflets;

    public ChannelFixture(Store store, Path scratch) throws IOException {
        this.store = store;
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        plan = store.plans.save(new Plan(meta(district), "12/KH-UBND", "Kế hoạch tuyên truyền chuyển đổi số năm 2023",
                "Ủy ban nhân dân huyện An Hòa", LocalDate.of(2023, 1, 5), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31)));
        communeA = StoreFixture.unit(store, "X01", "Xã An Phú", 3, district);
        communeB = StoreFixture.unit(store, "X02", "Xã Bình Minh", 3, district);
        new Office(store).set(district);
        target("CT01", "Cổng TTĐT xã đăng ít nhất 1 tin, bài mỗi tuần", ActivityKind.NEWS,
                TargetFilter.ofChoice(null, PORTAL), Measure.COUNT, Cadence.WEEK, 1);
        target("CT02", "Tổ chức sự kiện hưởng ứng 10/10", ActivityKind.EVENT, TargetFilter.NONE, Measure.COUNT,
                Cadence.PERIOD, 1);
        target("CT03", "Phát hành tờ rơi", ActivityKind.MATERIAL, TargetFilter.ofChoice(null, "Tờ rơi"),
                Measure.QUANTITY, Cadence.PERIOD, 300);

        portalNews = store.news.save(new NewsItem(meta(communeA), d(4), "Xã An Phú ra mắt chuyên mục chuyển đổi số",
                PORTAL, "https://anphu.example/tin/1", 120, "Chuyển đổi số", "", "Nguyễn Thị Hoa"));
        store.news.save(new NewsItem(meta(communeA), d(5), "Hướng dẫn cài VNeID", "Facebook",
                "https://facebook.example/anphu/1", 300, "VNeID", "", ""));
        // the channel typed in another case, with spaces: the same channel as the shipped one
        store.news.save(new NewsItem(meta(communeB), d(6), "Lịch tiếp dân trực tuyến", " cổng/trang thông tin điện tử ",
                "https://binhminh.example/tin/7", null, "", "", ""));
        store.events.save(new OutreachEvent(meta(communeA), d(1), d(1), "Ngày Chủ nhật số", "Ra quân/Ngày Chủ nhật số",
                "UBND xã", 150, "Sân UBND xã", "", ""));
        store.events.save(new OutreachEvent(meta(communeA), d(5), d(5), "Hội nghị triển khai Đề án 06", "Hội nghị",
                "UBND xã", 40, "Hội trường xã", "", ""));
        training = store.events.save(new OutreachEvent(meta(communeB), d(8), d(9), "Tập huấn Tổ công nghệ số",
                "Tập huấn", "Phòng Văn hóa và Thông tin", 30, "Nhà văn hóa", "", "Trần Văn Nam"));
        leaflets = store.materials.save(new Material(meta(communeA), d(2), "Tờ rơi", "Tờ rơi hướng dẫn VNeID", 500, "",
                "Nguyễn Thị Hoa"));
        store.materials.save(new Material(meta(communeB), d(9), "Tin nhắn SMS", "Tin nhắn 10/10", 3000, "", ""));
        store.sessions.save(new TeamSession(meta(communeB), d(3), "VNeID", 25, 12, "Nhà văn hóa", ""));
        store.broadcasts.save(new Broadcast(meta(communeA), d(3), Slot.MORNING, "Chuyên mục Chuyển đổi số",
                Production.NEW, 10, "", ""));
        Path photo = Files.createDirectories(scratch).resolve("anh.jpg");
        Files.write(photo, SamplePhotos.jpeg(new SamplePhotos.Scene(ActivityKind.NEWS, "Ảnh", "Xã An Phú", "ẢNH MẪU",
                d(4).atTime(9, 0), 1)));
        for (ActivityRecord record : java.util.List.<ActivityRecord>of(portalNews, training, leaflets)) {
            store.evidence.attach(photo, record.meta().id(), record.activityKind(), record.meta().unitId());
        }
    }

    private Target target(String code, String name, ActivityKind kind, TargetFilter filter, Measure measure,
            Cadence cadence, long value) {
        return store.targets.save(new Target(meta(district), plan.id(), code, name, kind, filter, measure, cadence,
                value, Scope.EACH, 3, FROM, TO));
    }

    private static LocalDate d(int october) {
        return LocalDate.of(2023, 10, october);
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }
}
