package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** Two offices in temporary folders, a district and one of its communes, exchanging packages. */
class PackageExchangeTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Store district;
    private Store commune;
    private Unit districtUnit;
    private Unit communeA;
    private Unit communeB;
    private TwoOffices.MutableClock clock;

    @BeforeEach
    void twoOffices() throws IOException {
        offices = new TwoOffices(temp);
        district = offices.district;
        commune = offices.commune;
        districtUnit = offices.districtUnit;
        communeA = offices.communeA;
        communeB = offices.communeB;
        clock = offices.clock;
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void recordsSentUpArriveAsTheyAre() throws Exception {
        Broadcast b1 = airing(commune, communeA, "2024-10-02");
        Broadcast b2 = airing(commune, communeA, "2024-10-03");

        MergePreview preview = receive(district, send(commune, communeA, districtUnit));

        assertThat(preview.counts().get("BROADCAST").added()).isEqualTo(2);
        assertThat(district.broadcasts.find(b1.meta().id())).contains(b1);
        assertThat(district.broadcasts.find(b2.meta().id())).contains(b2);
        assertThat(district.broadcasts.find(b1.meta().id()).orElseThrow().recordedBy()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void theSamePackageTwiceChangesNothing() throws Exception {
        airing(commune, communeA, "2024-10-02");
        Path pkg = send(commune, communeA, districtUnit);
        receive(district, pkg);
        long before = district.broadcasts.countLive();

        MergePreview again = new PackageMerger(district).preview(pkg, Files.createTempDirectory(temp, "s"));

        assertThat(again.changesNothing()).isTrue();
        new PackageMerger(district).apply(again);
        assertThat(district.broadcasts.countLive()).isEqualTo(before);
    }

    @Test
    void aChangeAndADeletionTravel() throws Exception {
        Broadcast b1 = airing(commune, communeA, "2024-10-02");
        Broadcast b2 = airing(commune, communeA, "2024-10-03");
        receive(district, send(commune, communeA, districtUnit));
        clock.advance();
        commune.broadcasts.save(new Broadcast(b1.meta(), b1.airedOn(), b1.slot(), "Đã sửa tên", b1.production(),
                45, b1.topic(), b1.note()));
        commune.broadcasts.delete(b2.meta().id());

        MergePreview preview = receive(district, send(commune, communeA, districtUnit));

        assertThat(preview.counts().get("BROADCAST").updated()).isEqualTo(1);
        assertThat(preview.counts().get("BROADCAST").deleted()).isEqualTo(1);
        assertThat(district.broadcasts.find(b1.meta().id()).orElseThrow().programTitle()).isEqualTo("Đã sửa tên");
        assertThat(district.broadcasts.find(b2.meta().id()).orElseThrow().meta().deleted()).isTrue();
    }

    @Test
    void aRecordChangedOnBothSidesIsAConflictKeptNewerAndLogged() throws Exception {
        Broadcast b1 = airing(commune, communeA, "2024-10-02");
        receive(district, send(commune, communeA, districtUnit));
        clock.advance();
        district.broadcasts.save(new Broadcast(b1.meta(), b1.airedOn(), b1.slot(), "Huyện sửa", b1.production(),
                20, b1.topic(), b1.note()));
        clock.advance();
        commune.broadcasts.save(new Broadcast(b1.meta(), b1.airedOn(), b1.slot(), "Xã sửa", b1.production(),
                25, b1.topic(), b1.note()));

        MergePreview preview = receive(district, send(commune, communeA, districtUnit));

        assertThat(preview.counts().get("BROADCAST").conflicts()).isEqualTo(1);
        assertThat(district.broadcasts.find(b1.meta().id()).orElseThrow().programTitle()).isEqualTo("Xã sửa");
        assertThat(district.exchange.conflictsOf(b1.meta().id())).isEqualTo(1);
    }

    @Test
    void packagesReceivedOutOfOrderConverge() throws Exception {
        Broadcast b1 = airing(commune, communeA, "2024-10-02");
        Path first = send(commune, communeA, districtUnit);
        clock.advance();
        commune.broadcasts.save(new Broadcast(b1.meta(), b1.airedOn(), b1.slot(), "Bản mới", b1.production(),
                30, b1.topic(), b1.note()));
        Path second = send(commune, communeA, districtUnit);

        receive(district, second);
        receive(district, first);

        assertThat(district.broadcasts.find(b1.meta().id()).orElseThrow().programTitle()).isEqualTo("Bản mới");
    }

    @Test
    void aTamperedByteRefusesTheWholePackage() throws Exception {
        airing(commune, communeA, "2024-10-02");
        Path pkg = send(commune, communeA, districtUnit);
        Path tampered = rewrite(pkg, "records/broadcast.jsonl", text -> text.replace("Chuyên mục", "Chuyên mụC"));

        assertRefused(tampered, "exchange.refused.tampered");
        assertThat(district.broadcasts.countLive()).isZero();
    }

    @Test
    void aPackageOfCommuneACarryingARecordOfCommuneBIsRefusedAndNothingIsWritten() throws Exception {
        Path forged = communeAsPackageWithARecordOfCommuneB();

        assertRefused(forged, "exchange.refused.foreignRecord");
        assertThat(district.broadcasts.countLive()).isZero();
        assertThat(district.exchange.received()).isEmpty();
    }

    @Test
    void theRefusalOfAForeignRecordNamesTheSenderAndTheCommuneTheRecordBelongsTo() throws Exception {
        Path forged = communeAsPackageWithARecordOfCommuneB();

        assertThatThrownBy(() -> new PackageMerger(district).preview(forged, Files.createTempDirectory(temp, "s")))
                .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(
                        vn.dxoutreach.text.Messages.vietnamese().get(e.key(), e.args()))
                        .startsWith("Gói dữ liệu của Xã An có bản ghi của Xã Bình (X02), đơn vị không thuộc Xã An")
                        .doesNotContain(communeB.id().toString(), "records/"));
    }

    @Test
    void aZipSlipEntryIsRefused() throws Exception {
        airing(commune, communeA, "2024-10-02");
        Path pkg = send(commune, communeA, districtUnit);
        Path slipped = temp.resolve("slip.dxo");
        try (ZipFile in = new ZipFile(pkg.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slipped))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
            }
            out.putNextEntry(new ZipEntry("../../evil.sh"));
            out.write("rm -rf /".getBytes());
        }
        assertRefused(slipped, "exchange.refused.unsafeEntry");
    }

    @Test
    void theDistrictSendsThePlanDownButNoActivities() throws Exception {
        Plan plan = district.plans.save(new Plan(RecordMeta.fresh(districtUnit.id(), clock.instant()), "96/KH-UBND",
                "Kế hoạch", "UBND huyện", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)));
        airing(district, districtUnit, "2024-10-02");

        MergePreview preview = receive(commune, send(district, districtUnit, communeA));

        assertThat(commune.plans.findBySymbol("96/KH-UBND")).contains(plan);
        assertThat(preview.counts().get("BROADCAST").added()).isZero();
        assertThat(commune.broadcasts.countLive()).isZero();
    }

    @Test
    void thePlansReportDeadlinesTravelDownWithItAndAnEditedOneReplacesTheCommunesDefault() throws Exception {
        Plan plan = district.plans.save(new Plan(RecordMeta.fresh(districtUnit.id(), clock.instant()), "96/KH-UBND",
                "Kế hoạch", "UBND huyện", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        vn.dxoutreach.domain.ReportDeadline halfYear = district.deadlines.forPlan(plan).get(0);
        clock.advance();
        vn.dxoutreach.domain.ReportDeadline earlier = district.deadlines.save(new vn.dxoutreach.domain.ReportDeadline(
                halfYear.meta(), plan.id(), halfYear.type(), "", halfYear.periodFrom(), halfYear.periodTo(),
                LocalDate.of(2024, 6, 10), null));
        // the commune had filled in the same plan's defaults itself: the same ids, nothing doubled
        commune.plans.put(plan);
        commune.deadlines.forPlan(plan);

        MergePreview preview = receive(commune, send(district, districtUnit, communeA));

        assertThat(preview.counts().get("REPORT_DEADLINE").added()).isZero();
        assertThat(commune.deadlines.forPlan(plan)).hasSize(3).contains(earlier);
    }

    @Test
    void thePlansMonthlyReportsTravelDownAndAreOnAtTheCommuneToo() throws Exception {
        Plan plan = district.plans.save(new Plan(RecordMeta.fresh(districtUnit.id(), clock.instant()), "96/KH-UBND",
                "Kế hoạch", "UBND huyện", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        district.deadlines.setRecurring(plan, vn.dxoutreach.domain.ReportType.MONTHLY, 20);
        commune.plans.put(plan);
        commune.deadlines.forPlan(plan);

        MergePreview preview = receive(commune, send(district, districtUnit, communeA));

        // today is 01/10/2024: the months 10, 11 and 12 are owed, due on the 20th
        assertThat(preview.counts().get("REPORT_DEADLINE").added()).isEqualTo(3);
        assertThat(commune.deadlines.forPlan(plan)).filteredOn(d -> d.type().isRecurring())
                .extracting(vn.dxoutreach.domain.ReportDeadline::due).containsExactly(LocalDate.of(2024, 10, 20),
                        LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 20));
        assertThat(commune.deadlines.recurring(plan, vn.dxoutreach.domain.ReportType.MONTHLY))
                .map(vn.dxoutreach.domain.RecurringReports::dueDay).contains(20);
    }

    private Broadcast airing(Store store, Unit unit, String day) {
        return offices.airing(store, unit, day);
    }

    private Broadcast airingOf(Unit unit, String day) {
        return offices.airingOf(unit, day);
    }

    private Path send(Store from, Unit office, Unit to) throws IOException {
        return offices.send(from, office, to);
    }

    private MergePreview receive(Store to, Path pkg) throws Exception {
        return offices.receive(to, pkg);
    }

    private void assertRefused(Path pkg, String key) {
        assertThatThrownBy(() -> new PackageMerger(district).preview(pkg, Files.createTempDirectory(temp, "s")))
                .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private Path rewrite(Path pkg, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path out = temp.resolve("changed.dxo");
        try (ZipFile in = new ZipFile(pkg.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    byte[] bytes = data.readAllBytes();
                    if (entry.getName().equals(entryName)) {
                        bytes = change.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }
                    zip.write(bytes);
                }
            }
        }
        return out;
    }

    /** A hostile sender adds a record of commune B to X01's package and rewrites the manifest's hashes to match. */
    private Path communeAsPackageWithARecordOfCommuneB() throws IOException {
        airing(commune, communeA, "2024-10-02");
        Path pkg = send(commune, communeA, districtUnit);
        String foreign = RecordJson.write(airingOf(communeB, "2024-10-03")).toString();
        return forge(pkg, "records/broadcast.jsonl", text -> text + foreign + "\n");
    }

    /** Changes an entry and writes a manifest whose hashes match, as a forger would. */
    private Path forge(Path pkg, String entryName, java.util.function.UnaryOperator<String> change)
            throws IOException {
        Path changed = rewrite(pkg, entryName, change);
        Path out = temp.resolve("forged.dxo");
        try (ZipFile in = new ZipFile(changed.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Manifest manifest;
            try (InputStream m = in.getInputStream(in.getEntry(Manifest.FILE))) {
                manifest = Manifest.parse(new String(m.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            var entries = new java.util.LinkedHashMap<>(manifest.entries());
            var counts = new java.util.LinkedHashMap<>(manifest.counts());
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals(Manifest.FILE)) {
                    continue;
                }
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().startsWith("records/")) {
                    counts.put(PackageEntries.kindOf(entry.getName()).name(), (int) new String(bytes,
                            java.nio.charset.StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count());
                }
                entries.put(entry.getName(), new Manifest.Entry(
                        java.util.HexFormat.of().formatHex(PackageWriter.sha256().digest(bytes)), bytes.length));
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
            }
            Manifest forged = new Manifest(manifest.packageId(), manifest.senderCode(), manifest.senderName(),
                    manifest.senderId(), manifest.recipientCode(), manifest.periodFrom(), manifest.periodTo(),
                    manifest.createdAt(), manifest.appVersion(), manifest.schemaVersion(), counts, entries,
                    manifest.levelNames());
            zip.putNextEntry(new ZipEntry(Manifest.FILE));
            zip.write(forged.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }
}
