package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day's automatic backup: cancelled it leaves nothing; kept within a count and a size; evidence once. */
class AutomaticBackupTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private Store openOn(int day) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-%02dT09:00:00Z".formatted(day)), ZoneId.of("Asia/Ho_Chi_Minh"));
        return Store.open(new DataFolder(data()), clock);
    }

    private Path evidence(String hash, String content) throws Exception {
        Path file = data().resolve("evidence").resolve(hash.substring(0, 2)).resolve(hash);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private List<String> backupFiles() throws Exception {
        try (Stream<Path> files = Files.walk(data().resolve("backups"))) {
            return files.filter(Files::isRegularFile).map(p -> data().resolve("backups").relativize(p).toString())
                    .sorted().toList();
        }
    }

    @Test
    void aBackupCancelledMidwayLeavesNoFileAndThePreviousBackupIntact() throws Exception {
        Path yesterday;
        try (Store store = openOn(1)) {
            yesterday = AutomaticBackup.take(store, () -> false);
        }
        byte[] before = Files.readAllBytes(yesterday);
        List<String> filesBefore = backupFiles();
        evidence("a".repeat(64), "ảnh");
        AtomicInteger asked = new AtomicInteger();
        try (Store store = openOn(2)) {
            // cancelled while the database is being copied, after it has started
            assertThatThrownBy(() -> AutomaticBackup.take(store, () -> asked.incrementAndGet() > 2))
                    .isInstanceOf(AutomaticBackup.Cancelled.class);
        }
        assertThat(asked.get()).isGreaterThan(2);
        assertThat(backupFiles()).isEqualTo(filesBefore);
        assertThat(Files.readAllBytes(yesterday)).isEqualTo(before);
        try (Store store = openOn(2)) {
            assertThat(AutomaticBackup.due(store)).isTrue();
        }
    }

    @Test
    void whatAKilledBackupLeftIsSweptByTheNext() throws Exception {
        Files.createDirectories(data().resolve("backups").resolve("evidence").resolve("ab"));
        Files.writeString(data().resolve("backups").resolve("auto-2026-11-01_09-00-00.zip.part"), "dở");
        Files.writeString(data().resolve("backups").resolve("evidence").resolve("ab").resolve("ab".repeat(32) + ".part"), "dở");
        try (Store store = openOn(2)) {
            AutomaticBackup.take(store, () -> false);
        }
        assertThat(backupFiles()).noneMatch(n -> n.endsWith(".part")).hasSize(2);
    }

    @Test
    void evidenceIsCopiedOnceAndTheBackupRestoresIt() throws Exception {
        String hash = "b".repeat(64);
        evidence(hash, "ảnh hiện trường");
        Path second;
        try (Store store = openOn(1)) {
            AutomaticBackup.take(store, () -> false);
        }
        Path copy = data().resolve("backups").resolve("evidence").resolve("bb").resolve(hash);
        long copied = Files.getLastModifiedTime(copy).toMillis();
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(copied - 60_000));
        try (Store store = openOn(2)) {
            second = AutomaticBackup.take(store, () -> false);
        }
        // the second day copied nothing new
        assertThat(Files.getLastModifiedTime(copy).toMillis()).isEqualTo(copied - 60_000);
        Files.delete(data().resolve("evidence").resolve("bb").resolve(hash));

        BackupService.restore(new DataFolder(data()), second, Clock.systemUTC());

        assertThat(Files.readString(data().resolve("evidence").resolve("bb").resolve(hash))).isEqualTo("ảnh hiện trường");
    }

    @Test
    void retentionKeepsWithinTheBudgetAndAlwaysTheNewest() throws Exception {
        for (int day = 1; day <= 4; day++) {
            try (Store store = openOn(day)) {
                AutomaticBackup.take(store, () -> false);
            }
        }
        DataFolder folder = new DataFolder(data());
        List<Path> all = AutomaticBackup.backups(folder);
        assertThat(all).hasSize(4);
        long one = Files.size(all.get(0));

        AutomaticBackup.prune(folder, 10, one * 2 + one / 2);
        assertThat(AutomaticBackup.backups(folder)).containsExactly(all.get(0), all.get(1));

        AutomaticBackup.prune(folder, 10, 1);
        assertThat(AutomaticBackup.backups(folder)).containsExactly(all.get(0));
    }

    @Test
    void evidenceNoKeptBackupListsIsRemoved() throws Exception {
        String gone = "c".repeat(64);
        Path file = evidence(gone, "ảnh cũ");
        try (Store store = openOn(1)) {
            AutomaticBackup.take(store, () -> false);
        }
        Files.delete(file);
        try (Store store = openOn(2)) {
            store.settings.put(BackupService.KEEP_SETTING, "1");
            AutomaticBackup.take(store, () -> false);
        }
        assertThat(data().resolve("backups").resolve("evidence").resolve("cc").resolve(gone)).doesNotExist();
    }
}
