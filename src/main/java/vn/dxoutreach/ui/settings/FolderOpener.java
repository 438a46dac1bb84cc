package vn.dxoutreach.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a folder in the system's file manager. The layer rules keep java.awt.Desktop out of the
 * UI, so this asks the operating system's own opener.
 */
final class FolderOpener {

    private FolderOpener() {
    }

    static void open(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("explorer.exe", folder.toString())
                : os.startsWith("mac") ? List.of("open", folder.toString())
                : List.of("xdg-open", folder.toString());
        new ProcessBuilder(command).inheritIO().start();
    }
}
