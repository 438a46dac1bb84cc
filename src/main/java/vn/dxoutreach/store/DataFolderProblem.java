package vn.dxoutreach.store;

import java.nio.file.Path;
import java.util.Optional;
import vn.dxoutreach.text.Messages;

/**
 * Why a data folder cannot be used, in a form the command line and the window turn into a Vietnamese
 * sentence: its database is damaged, was written by a newer version, the folder cannot be written, it
 * is a file, or another process is using it.
 */
public final class DataFolderProblem extends StoreException {

    /** What is wrong. */
    public enum Kind {
        /** The database file is not a readable SQLite database of this application. */
        DAMAGED,
        /** The database's schema is newer than this build knows. */
        NEWER,
        /** The folder (or its database) cannot be written. */
        UNWRITABLE,
        /** The path given as the data folder is a file. */
        NOT_A_FOLDER,
        /** Another process has the folder open, so it cannot be replaced now. */
        IN_USE
    }

    private final Kind kind;
    private final Path path;
    private final String dataVersion;
    private final String appVersion;

    public DataFolderProblem(Kind kind, Path path, Throwable cause) {
        this(kind, path, "", "", cause);
    }

    private DataFolderProblem(Kind kind, Path path, String dataVersion, String appVersion, Throwable cause) {
        super(kind + ": " + path + (cause == null ? "" : " (" + cause + ")"), cause);
        this.kind = kind;
        this.path = path;
        this.dataVersion = dataVersion;
        this.appVersion = appVersion;
    }

    /** A database whose schema is newer than the {@code appVersion} this build knows. */
    public static DataFolderProblem newer(Path database, String dataVersion, String appVersion) {
        return new DataFolderProblem(Kind.NEWER, database, dataVersion, appVersion, null);
    }

    /** The first problem of this kind in a cause chain. */
    public static Optional<DataFolderProblem> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataFolderProblem p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** What to tell the user, in a sentence that says what to do (the command line's words). */
    public String describe(Messages messages) {
        return switch (kind) {
            case DAMAGED -> {
                Path folder = path.getParent();
                yield BackupService.latestAutomatic(new DataFolder(folder))
                        .map(backup -> messages.get("store.problem.damaged", path, backup, folder))
                        .orElseGet(() -> messages.get("store.problem.damagedNoBackup", path, folder));
            }
            case NEWER -> messages.get("store.problem.newer", dataVersion, appVersion);
            case UNWRITABLE -> messages.get("store.problem.unwritable", path);
            case NOT_A_FOLDER -> messages.get("store.problem.notFolder", path);
            case IN_USE -> messages.get("store.problem.inUse", path);
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The database file or the folder concerned. */
    public Path path() {
        return path;
    }

    /** For {@link Kind#NEWER}: the schema version of the data. */
    public String dataVersion() {
        return dataVersion;
    }

    /** For {@link Kind#NEWER}: the newest schema version this build knows. */
    public String appVersion() {
        return appVersion;
    }
}
