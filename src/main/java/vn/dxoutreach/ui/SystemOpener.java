package vn.dxoutreach.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a file or folder with the operating system's own opener, for when the application's
 * HostServices are not at hand (a window opened by a test). AWT's Desktop stays out of the UI layer.
 */
final class SystemOpener {

    private SystemOpener() {
    }

    static void open(Path target) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String path = target.toAbsolutePath().toString();
        List<String> command = os.startsWith("windows") ? List.of("explorer.exe", path)
                : os.startsWith("mac") ? List.of("open", path)
                : List.of("xdg-open", path);
        new ProcessBuilder(command).inheritIO().start();
    }

    /**
     * Opens a web address in the default browser. The address is passed as one argument, never
     * through a shell: on Windows {@code cmd /c start} would read "&" in a link as a second command.
     */
    static void browse(java.net.URI address) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String url = address.toASCIIString();
        List<String> command = os.startsWith("windows") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
                : os.startsWith("mac") ? List.of("open", url)
                : List.of("xdg-open", url);
        new ProcessBuilder(command).inheritIO().start();
    }
}
