package vn.dxoutreach.exchange.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/**
 * Two offices in temporary folders, a district (H01, communes X01 and X02) and its commune X01 set up
 * with the same units, on one clock the test moves on, with helpers to send and receive packages.
 */
public final class TwoOffices implements AutoCloseable {

    public final Path temp;
    public final MutableClock clock = new MutableClock(Instant.parse("2024-10-01T08:00:00Z"));
    public final Store district;
    public final Store commune;
    public final Unit districtUnit;
    public final Unit communeA;
    public final Unit communeB;

    public TwoOffices(Path temp) throws IOException {
        this.temp = temp;
        district = Store.open(new DataFolder(Files.createDirectory(temp.resolve("district"))), clock);
        commune = Store.open(new DataFolder(Files.createDirectory(temp.resolve("commune"))), clock);
        districtUnit = StoreFixture.unit(district, "H01", "Huyện Thử", 2, null);
        communeA = StoreFixture.unit(district, "X01", "Xã An", 3, districtUnit);
        communeB = StoreFixture.unit(district, "X02", "Xã Bình", 3, districtUnit);
        // the commune office was set up from the district's unit tree: same units, same ids
        commune.units.putAll(district.units.listAll());
        new Office(district).set(districtUnit);
        new Office(commune).set(communeA);
    }

    /** A third office in a folder of its own, empty as a new installation. */
    public Store emptyOffice(String folder) throws IOException {
        return Store.open(new DataFolder(Files.createDirectory(temp.resolve(folder))), clock);
    }

    public Broadcast airing(Store store, Unit unit, String day) {
        return store.broadcasts.save(airingOf(unit, day));
    }

    public Broadcast airingOf(Unit unit, String day) {
        return new Broadcast(RecordMeta.fresh(unit.id(), clock.instant()), LocalDate.parse(day), Slot.EVENING,
                "Chuyên mục chuyển đổi số", Production.NEW, 15, "VNeID", "", "Nguyễn Thị Hoa");
    }

    /** Saves a new title and minutes for the broadcast in the store, stamped now. */
    public Broadcast retitle(Store store, Broadcast b, String title, int minutes) {
        return store.broadcasts.save(new Broadcast(b.meta(), b.airedOn(), b.slot(), title, b.production(), minutes,
                b.topic(), b.note(), b.recordedBy()));
    }

    /** A broadcast of X01 aired and received at the district. */
    public Broadcast airedAndSentUp(String day) throws IOException, PackageRefused {
        Broadcast sent = airing(commune, communeA, day);
        receive(district, send(commune, communeA, districtUnit));
        return sent;
    }

    /** The district edits the broadcast, then X01 does: X01's next package carries a conflict. */
    public Path editedAtDistrictThenCommune(Broadcast sent) throws IOException {
        clock.advance();
        retitle(district, sent, "Huyện sửa", 20);
        clock.advance();
        retitle(commune, sent, "Xã sửa", 25);
        return send(commune, communeA, districtUnit);
    }

    /** X01 records a broadcast with a photo as evidence and makes its package for the district. */
    public Path sentWithEvidence() throws IOException {
        Broadcast own = airing(commune, communeA, "2024-10-03");
        commune.evidence.attach(Files.writeString(temp.resolve("a.jpg"), "ảnh"), own.meta().id(),
                vn.dxoutreach.domain.ActivityKind.BROADCAST, communeA.id());
        return send(commune, communeA, districtUnit);
    }

    public Path send(Store from, Unit office, Unit to) throws IOException {
        Path file = Files.createTempFile(temp, "package", ".dxo");
        new PackageWriter(from, "test").write(office, to, null, file);
        return file;
    }

    public MergePreview preview(Store to, Path pkg) throws IOException, PackageRefused {
        return new PackageMerger(to).preview(pkg, Files.createTempDirectory(temp, "scratch"));
    }

    public MergePreview receive(Store to, Path pkg) throws IOException, PackageRefused {
        return receive(to, pkg, ConflictChoices.by(ConflictPolicy.NEWER));
    }

    public MergePreview receive(Store to, Path pkg, ConflictChoices choices) throws IOException, PackageRefused {
        MergePreview preview = preview(to, pkg);
        new PackageMerger(to).apply(preview, choices);
        return preview;
    }

    @Override
    public void close() {
        district.close();
        commune.close();
    }

    /** A clock the test moves on, so that edits get later update times. */
    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        public void advance() {
            now = now.plusSeconds(60);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
