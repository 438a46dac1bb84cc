package vn.dxoutreach.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where an installation keeps its data: the user's data folder, never the install folder, so
 * that upgrades and uninstalls keep it and each user of a PC has their own.
 */
public record DataFolder(Path root) {

    public static final String APP_FOLDER = "dx-outreach";

    /** The default folder: %APPDATA% on Windows, $XDG_DATA_HOME or ~/.local/share elsewhere. */
    public static DataFolder defaultFor(Map<String, String> env, String osName, Path home) {
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows") && env.get("APPDATA") != null) {
            return new DataFolder(Path.of(env.get("APPDATA"), APP_FOLDER));
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new DataFolder(Path.of(xdg, APP_FOLDER));
        }
        return new DataFolder(home.resolve(".local").resolve("share").resolve(APP_FOLDER));
    }

    public static DataFolder ofSystem() {
        return defaultFor(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public Path database() {
        return root.resolve("dx-outreach.db");
    }

    public Path evidence() {
        return root.resolve("evidence");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path backups() {
        return root.resolve("backups");
    }
}
