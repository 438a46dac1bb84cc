package vn.dxoutreach.ui.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file with the program the operating system has for it. Evidence is stored under its
 * hash without an extension, so a copy with the original name is opened instead. (AWT's Desktop
 * is kept out of the UI layer, and the application's HostServices is not reachable from a screen.)
 */
final class SystemViewer {

    private SystemViewer() {
    }

    /** Opens a copy of {@code stored} named {@code fileName}; throws when no viewer could start. */
    static void open(Path stored, String fileName) throws IOException {
        Path folder = Files.createTempDirectory("dx-outreach-view");
        Path copy = folder.resolve(Path.of(fileName).getFileName().toString());
        Files.copy(stored, copy, StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        new ProcessBuilder(command(copy)).inheritIO().start();
    }

    private static List<String> command(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = file.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("cmd", "/c", "start", "", path);
        } else if (os.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }
}
