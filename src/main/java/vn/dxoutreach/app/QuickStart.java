package vn.dxoutreach.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.util.Optional;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.ui.DesktopApp;

/**
 * The window opened without the command-line parser: a plain start ({@code [--data-dir DIR]}) and its
 * measurement ({@code [--data-dir DIR] smoke}) are the only command lines that open the window at
 * once, and building the parser with every headless command costs a noticeable part of start-up.
 * Any other command line goes through picocli as before.
 */
record QuickStart(DataFolder folder, boolean smoke) {

    static Optional<QuickStart> of(String... args) {
        int i = 0;
        Path dataDir = null;
        if (args.length >= 2 && args[0].equals("--data-dir")) {
            dataDir = path(args[1]);
            if (dataDir == null) {
                return Optional.empty();
            }
            i = 2;
        }
        boolean smoke = i < args.length && args[i].equals("smoke");
        if (args.length - i != (smoke ? 1 : 0)) {
            return Optional.empty();
        }
        DataFolder folder = dataDir != null ? new DataFolder(dataDir.toAbsolutePath()) : DataFolder.ofSystem();
        return Optional.of(new QuickStart(folder, smoke));
    }

    private static Path path(String text) {
        try {
            return text.isBlank() || text.startsWith("-") ? null : Path.of(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Opens the window as {@link RootCommand} and {@link SmokeCommand} would. */
    int open() {
        Logging.configure(folder);
        if (!smoke) {
            DesktopApp.open(folder, stage -> { });
            return RootCommand.WINDOW_OPENED;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        return SmokeCommand.open(folder, out);
    }
}
