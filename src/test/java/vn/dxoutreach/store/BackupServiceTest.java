package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

class BackupServiceTest {

    @TempDir
    Path temp;

    private static void airing(Store store, Unit unit) {
        store.broadcasts.save(new Broadcast(RecordMeta.fresh(unit.id(), StoreFixture.NOW), LocalDate.of(2024, 10, 5),
                Slot.MORNING, "Chuyên mục", Production.NEW, 15, "", ""));
    }

    @Test
    void aBackupBringsTheDataBackAfterTheLiveFileIsDamaged() throws Exception {
        Path data = temp.resolve("data");
        Path backup = goodBackup(data);
        Path live = data.resolve("dx-outreach.db");
        byte[] bytes = Files.readAllBytes(live);
        for (int i = 100; i < bytes.length; i += 512) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(live, bytes);

        BackupService.restore(new DataFolder(data), backup, java.time.Clock.systemUTC());

        try (Store store = StoreFixture.open(data)) {
            assertThat(store.broadcasts.countLive()).isEqualTo(2);
        }
        try (var kept = Files.list(data.resolve("backups"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("before-restore-"));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheCurrentDataStays() throws Exception {
        Path data = temp.resolve("data");
        try (Store store = StoreFixture.open(data)) {
            airing(store, StoreFixture.unit(store, "X01", "Xã An", 3, null));
        }
        Path damaged = temp.resolve("hong.zip");
        Files.writeString(damaged, "không phải bản sao lưu");
        byte[] before = Files.readAllBytes(data.resolve("dx-outreach.db"));

        assertThatThrownBy(() -> BackupService.restore(new DataFolder(data), damaged, java.time.Clock.systemUTC()))
                .isInstanceOf(BackupService.DamagedBackup.class);
        assertThat(Files.readAllBytes(data.resolve("dx-outreach.db"))).isEqualTo(before);
    }

    @Test
    void automaticBackupsHappenOnceADay() throws Exception {
        try (Store store = StoreFixture.open(temp.resolve("data"))) {
            assertThat(BackupService.automatic(store)).isNotNull();
            assertThat(BackupService.automatic(store)).isNull();
        }
    }

    @Test
    void automaticBackupsKeepTheNewestAsManyAsSet() throws Exception {
        List<Path> made = new ArrayList<>();
        for (int day = 1; day <= 4; day++) {
            Clock clock = Clock.fixed(Instant.parse("2026-11-0" + day + "T09:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
            try (Store store = Store.open(new DataFolder(temp.resolve("data")), clock)) {
                store.settings.put(BackupService.KEEP_SETTING, "2");
                assertThat(BackupService.kept(store)).isEqualTo(2);
                made.add(BackupService.automatic(store));
            }
        }
        try (Stream<Path> left = Files.list(temp.resolve("data").resolve("backups"))) {
            assertThat(left.map(Path::getFileName).map(Path::toString).filter(n -> n.endsWith(".zip")).sorted().toList())
                    .containsExactly(made.get(2).getFileName().toString(), made.get(3).getFileName().toString());
        }
    }

    /** A backup of a store with one unit and two airings. */
    private Path goodBackup(Path data) throws Exception {
        Path backup = temp.resolve("tot.zip");
        try (Store store = StoreFixture.open(data)) {
            Unit unit = StoreFixture.unit(store, "X01", "Xã An", 3, null);
            airing(store, unit);
            airing(store, unit);
            BackupService.backup(store, backup);
        }
        return backup;
    }

    /** A zip of the given entries, in order. */
    private Path zip(String name, List<java.util.Map.Entry<String, byte[]>> entries) throws Exception {
        Path file = temp.resolve(name);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private byte[] databaseOf(Path backup) throws Exception {
        try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
            return zip.getInputStream(zip.getEntry("dx-outreach.db")).readAllBytes();
        }
    }

    /** The backup's database after some SQL. */
    private byte[] changedDatabase(Path backup, String sql) throws Exception {
        Path db = temp.resolve("changed-" + System.nanoTime() + ".db");
        Files.write(db, databaseOf(backup));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
        return Files.readAllBytes(db);
    }

    private void refused(Path backup, BackupService.DamagedBackup.Reason reason) throws Exception {
        Path data = temp.resolve("live");
        try (Store store = StoreFixture.open(data)) {
            airing(store, StoreFixture.unit(store, "L01", "Xã Sống", 3, null));
        }
        byte[] before = Files.readAllBytes(data.resolve("dx-outreach.db"));
        assertThatThrownBy(() -> BackupService.restore(new DataFolder(data), backup, Clock.systemUTC()))
                .isInstanceOf(BackupService.DamagedBackup.class)
                .extracting(e -> ((BackupService.DamagedBackup) e).reason()).isEqualTo(reason);
        assertThat(Files.readAllBytes(data.resolve("dx-outreach.db"))).isEqualTo(before);
    }

    @Test
    void aBackupWithTwoDatabaseEntriesIsRefused() throws Exception {
        byte[] real = databaseOf(goodBackup(temp.resolve("src")));
        Path zip = zip("hai.zip", List.of(java.util.Map.entry("dx-outreach.dQ", "rác".getBytes()),
                java.util.Map.entry("dx-outreach.db", real)));
        // Java writes no name twice: the first entry is renamed in the bytes, headers and directory alike
        String bytes = new String(Files.readAllBytes(zip), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(zip, bytes.replace("dx-outreach.dQ", "dx-outreach.db").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        refused(zip, BackupService.DamagedBackup.Reason.DAMAGED);
    }

    /** A backup whose database went through some SQL is refused for a reason. */
    private void refusedAfter(String sql, BackupService.DamagedBackup.Reason reason) throws Exception {
        byte[] changed = changedDatabase(goodBackup(temp.resolve("src")), sql);
        refused(zip("changed.zip", List.of(java.util.Map.entry("dx-outreach.db", changed))), reason);
    }

    @Test
    void aBackupWhoseHistoryHasAVersionNoBuildMadeIsRefused() throws Exception {
        refusedAfter("UPDATE flyway_schema_history SET version = '2.5' WHERE version = '2'",
                BackupService.DamagedBackup.Reason.DAMAGED);
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedAsNewer() throws Exception {
        refusedAfter("UPDATE flyway_schema_history SET version = '999' WHERE version = '2'",
                BackupService.DamagedBackup.Reason.NEWER);
    }

    @Test
    void aBackupWithoutTheEvidenceTableIsRefused() throws Exception {
        refusedAfter("DROP TABLE evidence", BackupService.DamagedBackup.Reason.DAMAGED);
    }

    @Test
    void evidenceWhoseContentDoesNotMatchItsNameIsRefused() throws Exception {
        byte[] real = databaseOf(goodBackup(temp.resolve("src")));
        String hash = "ab" + "0".repeat(62);
        refused(zip("hash.zip", List.of(java.util.Map.entry("dx-outreach.db", real),
                java.util.Map.entry("evidence/ab/" + hash, "ảnh giả".getBytes()))),
                BackupService.DamagedBackup.Reason.DAMAGED);
    }

    @Test
    void aTruncatedBackupIsRefused() throws Exception {
        byte[] whole = Files.readAllBytes(goodBackup(temp.resolve("src")));
        Path cut = Files.write(temp.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length * 999 / 1000));
        refused(cut, BackupService.DamagedBackup.Reason.DAMAGED);
    }

    @Test
    void aFolderGivenAsABackupIsSaidToBeAFolder() throws Exception {
        refused(Files.createDirectories(temp.resolve("thu-muc.zip")), BackupService.DamagedBackup.Reason.FOLDER);
    }

    @Test
    void aChangeCommittedJustBeforeRestoreIsKeptInTheBeforeRestoreCopy() throws Exception {
        Path backup = goodBackup(temp.resolve("src"));
        Path crashed = temp.resolve("crashed");
        Path live = temp.resolve("live");
        try (Store store = StoreFixture.open(live)) {
            Unit unit = StoreFixture.unit(store, "L01", "Xã Sống", 3, null);
            for (int i = 0; i < 5; i++) {
                airing(store, unit);
            }
            // the files as a crash would leave them: the last commits only in the write-ahead log
            Files.createDirectories(crashed);
            for (String name : List.of("dx-outreach.db", "dx-outreach.db-wal")) {
                Files.copy(live.resolve(name), crashed.resolve(name));
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.size(crashed.resolve("dx-outreach.db-wal")) > 0);

        BackupService.restore(new DataFolder(crashed), backup, Clock.systemUTC());

        Path kept;
        try (var files = Files.list(crashed.resolve("backups"))) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("before-restore-")).findFirst().orElseThrow();
        }
        Path again = temp.resolve("again");
        BackupService.restore(new DataFolder(again), kept, Clock.systemUTC());
        try (Store store = StoreFixture.open(again)) {
            assertThat(store.broadcasts.countLive()).isEqualTo(5);
        }
        try (Store store = StoreFixture.open(crashed)) {
            assertThat(store.broadcasts.countLive()).isEqualTo(2);
        }
    }

    @Test
    void aBackupWorksFromAFolderWhoseNameHasAQuote() throws Exception {
        Path data = temp.resolve("it's \"data\"");
        Path backup = temp.resolve("o'k.zip");
        try (Store store = StoreFixture.open(data)) {
            airing(store, StoreFixture.unit(store, "X01", "Xã An", 3, null));
            BackupService.backup(store, backup);
        }
        BackupService.restore(new DataFolder(temp.resolve("moi'")), backup, Clock.systemUTC());
        try (Store store = StoreFixture.open(temp.resolve("moi'"))) {
            assertThat(store.broadcasts.countLive()).isEqualTo(1);
        }
    }
}
