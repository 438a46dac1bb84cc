package vn.dxoutreach.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Recognises a failure caused by a full disk anywhere in a cause chain — SQLite's SQLITE_FULL
 * or an I/O error saying there is no space left — so that the user is told to free space rather
 * than shown a generic error. Every write is one transaction, so nothing was half-written.
 */
public final class DiskFull {

    private DiskFull() {
    }

    /** True when {@code failure} or one of its causes is a full disk. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof SQLException && message.contains("database or disk is full")) {
                return true;
            }
            if (t instanceof IOException && (message.contains("no space left on device")
                    || message.contains("not enough space on the disk") || message.contains("disk full"))) {
                return true;
            }
        }
        return false;
    }
}
