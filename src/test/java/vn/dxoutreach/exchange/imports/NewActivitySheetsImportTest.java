package vn.dxoutreach.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** The TinBai, SuKien and TaiLieu sheets and the channel/type filter of ChiTieu, as the template contract writes them. */
class NewActivitySheetsImportTest {

    static final String NEWS = "Ngày đăng,Mã đơn vị,Tiêu đề,Kênh,Đường dẫn,Lượt xem,Chủ đề,Ghi chú\n";
    static final String EVENTS = "Ngày bắt đầu,Ngày kết thúc,Mã đơn vị,Tên sự kiện,Loại sự kiện,Đơn vị tổ chức,"
            + "Số người tham dự,Địa điểm,Ghi chú\n";
    static final String MATERIALS = "Ngày,Mã đơn vị,Loại,Tên tài liệu,Số lượng,Ghi chú\n";
    private static final String GOOD_NEWS = "05/10/2024,X01,Ngày Chuyển đổi số,cổng/trang thông tin điện tử,"
            + "https://an.gov.vn/tin/1,120,Chuyển đổi số,\n"
            + "06/10/2024,X01,Hướng dẫn VNeID,ZALO,,,,\n"
            + "07/10/2024,X01,Bản tin loa,Loa di động,,,,\n";
    private static final String GOOD_EVENTS = "01/10/2024,03/10/2024,X01,Hội nghị Đề án 06,hội nghị,UBND xã,80,"
            + "Hội trường,\n"
            + "10/10/2024,,X01,Ngày Chủ nhật số,Ra quân/Ngày Chủ nhật số,Đoàn Thanh niên,0,,\n";
    private static final String GOOD_MATERIALS = "02/10/2024,X01,Tờ rơi,Hướng dẫn dịch vụ công,500,\n"
            + "02/10/2024,X01,tin nhắn sms,Nhắc cài VNeID,1200,\n";

    @TempDir
    Path folder;
    private DistrictImport office;
    private Store store;

    @BeforeEach
    void officeWithAChannelOfItsOwn() {
        office = new DistrictImport(folder);
        store = office.store;
        store.choices.save(new ChoiceValue(RecordMeta.fresh(office.district.id(), StoreFixture.NOW),
                ChoiceList.NEWS_CHANNEL, "Loa di động"));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Path csv(String name, String content) throws Exception {
        return office.csv(name, content);
    }

    private ImportPreview importFiles(List<Path> files) {
        return office.importer.importFiles(files, Progress.NONE);
    }

    private List<Path> goodFiles() throws Exception {
        return List.of(csv("TinBai.csv", NEWS + GOOD_NEWS), csv("SuKien.csv", EVENTS + GOOD_EVENTS),
                csv("TaiLieu.csv", MATERIALS + GOOD_MATERIALS));
    }

    @Test
    void aGoodFileOfEachNewSheetImportsWithTheListsOwnSpelling() throws Exception {
        ImportPreview preview = importFiles(goodFiles());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).isEqualTo(7);
        assertThat(store.news.listLive()).extracting(NewsItem::channel)
                .containsExactlyInAnyOrder("Cổng/Trang thông tin điện tử", "Zalo", "Loa di động");
        assertThat(store.news.listLive()).filteredOn(n -> n.views() != null).singleElement()
                .satisfies(n -> assertThat(n.link()).isEqualTo("https://an.gov.vn/tin/1"));
        assertThat(store.events.listLive()).extracting(OutreachEvent::type)
                .containsExactlyInAnyOrder("Hội nghị", "Ra quân/Ngày Chủ nhật số");
        assertThat(store.events.listLive()).filteredOn(e -> e.name().startsWith("Ngày")).singleElement()
                .satisfies(e -> assertThat(e.endsOn()).isEqualTo(e.startsOn()));
        assertThat(store.materials.listLive()).extracting(m -> m.type() + "/" + m.quantity())
                .containsExactlyInAnyOrder("Tờ rơi/500", "Tin nhắn SMS/1200");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        importFiles(goodFiles());
        List<NewsItem> before = store.news.listLive();

        ImportPreview again = importFiles(goodFiles());

        assertThat(again.problems()).isEmpty();
        assertThat(again.added() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(7);
        assertThat(store.news.listLive()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.events.countLive() + store.materials.countLive()).isEqualTo(4);
    }

    @Test
    void aChangedViewCountUpdatesTheNewsItemOfTheSameUnitDayTitleAndChannel() throws Exception {
        importFiles(goodFiles());

        ImportPreview changed = importFiles(List.of(csv("TinBai.csv", NEWS
                + "05/10/2024,X01,Ngày Chuyển đổi số,Cổng/Trang thông tin điện tử,https://an.gov.vn/tin/1,450,,\n")));

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(store.news.countLive()).isEqualTo(3);
        assertThat(store.news.listLive()).extracting(NewsItem::views).contains(450);
    }

    @ParameterizedTest(name = "{0} row 3, {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "TinBai.csv|Đường dẫn|07/10/2024,X01,Tin lỗi,Zalo,ftp://an.gov.vn/x,,,|địa chỉ web",
        "TinBai.csv|Đường dẫn|07/10/2024,X01,Tin lỗi,Zalo,an.gov.vn/tin,,,|http",
        "TinBai.csv|Lượt xem|07/10/2024,X01,Tin lỗi,Zalo,,-1,,|0",
        "TinBai.csv|Kênh|07/10/2024,X01,Tin lỗi,Loa phường,,,,|Cổng/Trang thông tin điện tử",
        "TinBai.csv|Ngày đăng|07/10/2031,X01,Tin lỗi,Zalo,,,,|khoảng cho phép",
        "SuKien.csv|Ngày kết thúc|05/10/2024,04/10/2024,X01,Tập huấn lỗi,Tập huấn,,10,,|kết thúc",
        "SuKien.csv|Số người tham dự|05/10/2024,,X01,Tập huấn lỗi,Tập huấn,,-5,,|0",
        "SuKien.csv|Loại sự kiện|05/10/2024,,X01,Tập huấn lỗi,Dạ hội,,5,,|Hội nghị",
        "TaiLieu.csv|Số lượng|05/10/2024,X01,Tờ rơi,Tờ rơi lỗi,0,|1",
        "TaiLieu.csv|Loại|05/10/2024,X01,Băng đĩa,Tài liệu lỗi,3,|Tờ rơi"})
    void aBadRowInANewSheetWritesNothingAndNamesItsRowAndColumn(String file, String column, String badRow,
            String reasonMentions) throws Exception {
        String header = file.startsWith("TinBai") ? NEWS : file.startsWith("SuKien") ? EVENTS : MATERIALS;
        String good = file.startsWith("TinBai") ? GOOD_NEWS : file.startsWith("SuKien") ? GOOD_EVENTS : GOOD_MATERIALS;
        String firstGood = good.substring(0, good.indexOf('\n') + 1);
        List<Path> files = List.of(csv(file, header + firstGood + badRow + "\n"),
                csv(file.startsWith("TinBai") ? "TaiLieu.csv" : "TinBai.csv",
                        file.startsWith("TinBai") ? MATERIALS + GOOD_MATERIALS : NEWS + GOOD_NEWS));

        ImportPreview preview = importFiles(files);

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.reason()).contains(reasonMentions);
        });
        assertThat(store.news.countLive() + store.events.countLive() + store.materials.countLive()).isZero();
    }

    private static final String PLANS = "Số ký hiệu,Tên kế hoạch,Cơ quan ban hành,Ngày ban hành,Từ ngày,Đến ngày\n"
            + "96/KH-UBND,Kế hoạch chuyển đổi số,UBND huyện,,01/01/2024,31/12/2024\n";
    private static final String TARGETS = "Mã chỉ tiêu,Số ký hiệu kế hoạch,Tên chỉ tiêu,Loại hoạt động,Đo bằng,Chu kỳ,"
            + "Mức chỉ tiêu,Phạm vi,Cấp áp dụng,Từ ngày,Đến ngày,Chỉ tính sản xuất mới,Chỉ tính đơn vị cấp,"
            + "Chỉ tính kênh/loại\n";

    @Test
    void aTargetCountsOnlyAChannelInTheListsSpellingWithTheNewKindsAndMeasures() throws Exception {
        ImportPreview preview = importFiles(List.of(csv("KeHoach.csv", PLANS), csv("ChiTieu.csv", TARGETS
                + "CT01,96/KH-UBND,Cổng TTĐT ≥ 1 tin bài/tuần,Tin bài,Số lượt,Tuần,1,Toàn đơn vị,,,,,,cong/trang thong tin dien tu\n"
                + "CT02,96/KH-UBND,Người tham dự sự kiện,Sự kiện,Số người tham dự,Năm,500,Toàn đơn vị,,,,,,\n"
                + "CT03,96/KH-UBND,Lượt xem tin bài,Tin bài,Lượt xem,Năm,10000,Toàn đơn vị,,,,,,Loa di động\n"
                + "CT04,96/KH-UBND,Tờ rơi,Tài liệu – tin nhắn,Số lượng,Năm,1000,Toàn đơn vị,,,,,,Tờ rơi\n")));

        assertThat(preview.problems()).isEmpty();
        assertThat(store.targets.listLive()).extracting(t -> t.code() + ":" + t.kind() + ":" + t.measure() + ":"
                + t.filter().choice()).containsExactlyInAnyOrder(
                        "CT01:NEWS:COUNT:Cổng/Trang thông tin điện tử", "CT02:EVENT:PARTICIPANTS:null",
                        "CT03:NEWS:VIEWS:Loa di động", "CT04:MATERIAL:QUANTITY:Tờ rơi");
        assertThat(store.targets.listLive()).filteredOn(t -> t.code().equals("CT01")).extracting(Target::kind)
                .containsExactly(ActivityKind.NEWS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a channel on broadcasts|CT01,96/KH-UBND,Phát thanh,Phát thanh,Số lượt,Tuần,1,Toàn đơn vị,,,,,,Zalo|Chỉ tính kênh/loại",
        "a type not in the kind's list|CT01,96/KH-UBND,Sự kiện,Sự kiện,Số lượt,Năm,1,Toàn đơn vị,,,,,,Zalo|Chỉ tính kênh/loại",
        "participants of news items|CT01,96/KH-UBND,Tin bài,Tin bài,Số người tham dự,Năm,1,Toàn đơn vị,,,,,,|Đo bằng"})
    void aTargetWhoseFilterOrMeasureDoesNotFitItsKindIsRefused(String name, String row, String column)
            throws Exception {
        ImportPreview preview = importFiles(List.of(csv("KeHoach.csv", PLANS), csv("ChiTieu.csv",
                TARGETS + row + "\n")));

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(column);
        });
        assertThat(store.plans.countLive() + store.targets.countLive()).isZero();
    }
}
