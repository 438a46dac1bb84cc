package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/can-bo");

    @Test
    void windowsKeepsDataUnderAppData() {
        DataFolder folder = DataFolder.defaultFor(Map.of("APPDATA", "C:\\Users\\cb\\AppData\\Roaming"), "Windows 10",
                HOME);
        assertThat(folder.root()).isEqualTo(Path.of("C:\\Users\\cb\\AppData\\Roaming", "dx-outreach"));
    }

    @Test
    void linuxPrefersXdgDataHome() {
        DataFolder folder = DataFolder.defaultFor(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);
        assertThat(folder.root()).isEqualTo(Path.of("/data/xdg/dx-outreach"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        DataFolder folder = DataFolder.defaultFor(Map.of(), "Linux", HOME);
        assertThat(folder.root()).isEqualTo(Path.of("/home/can-bo/.local/share/dx-outreach"));
        assertThat(folder.database()).isEqualTo(folder.root().resolve("dx-outreach.db"));
    }
}
