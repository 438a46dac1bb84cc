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
        Path backup = temp.resolve("sao-luu.zip");
        try (Store store = StoreFixture.open(data)) {
            Unit unit = StoreFixture.unit(store, "X01", "Xã An", 3, null);
            airing(store, unit);
            airing(store, unit);
            BackupService.backup(store, backup);
        }
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
            assertThat(left.map(Path::getFileName).map(Path::toString).sorted().toList())
                    .containsExactly(made.get(2).getFileName().toString(), made.get(3).getFileName().toString());
        }
    }
}
