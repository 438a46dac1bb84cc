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
}
