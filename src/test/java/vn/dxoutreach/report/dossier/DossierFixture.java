package vn.dxoutreach.report.dossier;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
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
 * A district office with two communes, a plan with a broadcast target and a team-session target,
 * and records of 01–10/10/2026 with photos (one carrying an EXIF date of 05/10/2026), a document,
 * and a record without evidence.
 */
public final class DossierFixture {

    public static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    public static final LocalDate TO = LocalDate.of(2026, 10, 10);

    public final Store store;
    final Unit district;
    final Unit communeA;
    final Unit communeB;
    public final Plan plan;
    Target broadcasts;
    Target sessions;
    String documentSha;

    public DossierFixture(Store store, Path scratch) throws IOException {
        this.store = store;
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        communeA = StoreFixture.unit(store, "X01", "Xã An Phú", 3, district);
        communeB = StoreFixture.unit(store, "X02", "Xã Bình Minh", 3, district);
        new Office(store).set(district);
        plan = store.plans.save(new Plan(meta(district), "96/KH-UBND", "Tuyên truyền chuyển đổi số năm 2026",
                "UBND huyện", FROM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        broadcasts = target("CT01", "Phát thanh chuyên mục chuyển đổi số", ActivityKind.BROADCAST);
        sessions = target("CT02", "Tổ công nghệ số hướng dẫn người dân", ActivityKind.TEAM_SESSION);
        Path dated = copyResource("/photos/exif-dated.jpg", scratch.resolve("IMG_0501.jpg"));
        Path plain = plainJpeg(scratch.resolve("anh-loa.jpg"), 120, 90);
        Path document = Files.writeString(scratch.resolve("kich-ban.pdf"), "Kịch bản chuyên mục chuyển đổi số");

        Broadcast close = broadcast(communeA, LocalDate.of(2026, 10, 5), "Chuyên mục Chuyển đổi số", "Nguyễn Thị Hoa");
        attach(dated, close.meta().id(), ActivityKind.BROADCAST, communeA);
        Broadcast noExif = broadcast(communeA, LocalDate.of(2026, 10, 6), "Bản tin VNeID", "Nguyễn Thị Hoa");
        attach(plain, noExif.meta().id(), ActivityKind.BROADCAST, communeA);
        Broadcast withDocument = broadcast(communeB, LocalDate.of(2026, 10, 7), "Chuyên mục thanh toán số", "");
        documentSha = attach(document, withDocument.meta().id(), ActivityKind.BROADCAST, communeB);
        broadcast(communeB, LocalDate.of(2026, 10, 8), "Bản tin không ảnh", "Trần Văn Nam");
        TeamSession far = store.sessions.save(new TeamSession(meta(communeB), LocalDate.of(2026, 10, 10),
                "Cài đặt VNeID", 25, 10, "Nhà văn hóa", "", "Trần Văn Nam"));
        attach(dated, far.meta().id(), ActivityKind.TEAM_SESSION, communeB);
    }

    private Target target(String code, String name, ActivityKind kind) {
        return store.targets.save(new Target(meta(district), plan.id(), code, name, kind, TargetFilter.NONE,
                Measure.COUNT, Cadence.WEEK, 1, Scope.EACH, 3, null, null));
    }

    private Broadcast broadcast(Unit unit, LocalDate day, String title, String recordedBy) {
        return store.broadcasts.save(new Broadcast(meta(unit), day, Slot.MORNING, title, Production.NEW, 10, "", "",
                recordedBy));
    }

    private String attach(Path file, UUID record, ActivityKind kind, Unit unit) throws IOException {
        return store.evidence.attach(file, record, kind, unit.id()).sha256();
    }

    static Path copyResource(String resource, Path to) throws IOException {
        try (InputStream in = DossierFixture.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }

    /** A small JPEG without any metadata. */
    static Path plainJpeg(Path to, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3a6ea5));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "jpg", to.toFile());
        return to;
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }
}
