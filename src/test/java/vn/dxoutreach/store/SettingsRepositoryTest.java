package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.OfficeProfile;

class SettingsRepositoryTest {

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void whoEntersRecordsIsTheOperatingSystemsUserUntilANameIsSet() {
        assertThat(store.settings.recorderName()).isEqualTo(System.getProperty("user.name"));

        store.settings.putOfficeProfile(new OfficeProfile("", "", "", "", "", "", List.of()), "  Nguyễn Thị Hoa ");

        assertThat(store.settings.recorderName()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void aBlankNameFallsBackToTheOperatingSystemsUser() {
        store.settings.put(SettingsRepository.RECORDER, "  ");

        assertThat(store.settings.recorderName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void settingsAreFoundByTheStartOfTheirKey() {
        store.settings.put("ui.window.width", "1366");
        store.settings.put("ui.folder.export", "/tmp");
        store.settings.put("uix", "not this");

        assertThat(store.settings.withPrefix("ui.")).containsOnlyKeys("ui.window.width", "ui.folder.export");
    }
    @Test
    void onlyTheOfficesUnitCountsAsAChangeToTheFigures() {
        long start = store.db().changeCount();
        store.settings.put("report.draft.x.YEAR.2026.assessment", "Đạt kế hoạch.");
        store.settings.put(SettingsRepository.LANGUAGE, "en");
        store.settings.remove("report.draft.x.YEAR.2026.assessment");
        assertThat(store.db().changeCount()).isEqualTo(start);
        assertThat(store.settings.get(SettingsRepository.LANGUAGE)).contains("en");

        store.settings.put(SettingsRepository.OFFICE_UNIT, "8f0c2a9e-0000-4000-8000-000000000001");
        long afterOffice = store.db().changeCount();
        assertThat(afterOffice).isGreaterThan(start);

        store.settings.put(SettingsRepository.OFFICE_UNIT, "8f0c2a9e-0000-4000-8000-000000000001");
        assertThat(store.db().changeCount()).as("the same value again writes nothing").isEqualTo(afterOffice);
        store.settings.remove(SettingsRepository.OFFICE_UNIT);
        assertThat(store.db().changeCount()).isGreaterThan(afterOffice);
    }

    @Test
    void aSettingsChangeIsStillAnnouncedAndRolledBackWithItsWrite() {
        java.util.List<StoreChange> heard = new java.util.ArrayList<>();
        store.db().events().listen(heard::add);
        store.settings.put(SettingsRepository.LANGUAGE, "en");
        assertThat(heard).hasSize(1);

        try {
            store.db().write(c -> {
                store.settings.put(SettingsRepository.LANGUAGE, "vi");
                throw new IllegalStateException("the disk is full");
            });
        } catch (IllegalStateException expected) {
            // the write is all or nothing
        }
        assertThat(store.settings.get(SettingsRepository.LANGUAGE)).contains("en");
    }
}
