package vn.dxoutreach.store;

import java.util.Locale;
import org.sqlite.SQLiteException;

/**
 * Recognises, anywhere in a cause chain, SQLite saying that the database file is damaged (not a
 * database, malformed) or that it cannot be written (no permission, read-only, cannot be opened),
 * so that the user is told that instead of a stack trace.
 */
public final class DataDamage {

    private static final int SQLITE_PERM = 3;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    private DataDamage() {
    }

    /** True when {@code failure} or one of its causes says the database file is damaged. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = baseCode(t);
            if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof java.sql.SQLException
                    && (message.contains("malformed") || message.contains("file is not a database"))) {
                return true;
            }
        }
        return false;
    }

    /** True when SQLite could not open or write the file for lack of permission. */
    static boolean unwritable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = baseCode(t);
            if (code == SQLITE_PERM || code == SQLITE_READONLY || code == SQLITE_CANTOPEN) {
                return true;
            }
        }
        return false;
    }

    /** True when SQLite gave up waiting for another process's lock (a writer that does not take turns). */
    public static boolean busy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = baseCode(t);
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
                return true;
            }
        }
        return false;
    }

    private static int baseCode(Throwable t) {
        return t instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : -1;
    }
}
