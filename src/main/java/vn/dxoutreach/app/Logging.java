package vn.dxoutreach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import vn.dxoutreach.store.DataFolder;

/**
 * Sends the technical detail of every problem to a rotating log file in the data folder
 * (five files of 1 MB); the user sees a short message instead.
 */
public final class Logging {

    private static final int FILE_LIMIT_BYTES = 1_000_000;
    private static final int FILE_COUNT = 5;
    private static final String OWN_LOGGERS = "vn.dxoutreach";

    private Logging() {
    }

    public static void configure(DataFolder folder) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        try {
            Files.createDirectories(folder.logs());
            FileHandler file = new FileHandler(folder.logs().resolve("dx-outreach-%g.log").toString(),
                    FILE_LIMIT_BYTES, FILE_COUNT, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            // a full disk must not put the log's own stack trace in front of the message that says so
            file.setErrorManager(new ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // the log file cannot be written; there is nowhere better to say it
                }
            });
            root.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // a read-only or missing data folder: the command says so in its own words
            root.log(Level.FINE, "Cannot write log files in " + folder.logs(), e);
        }
        // the console keeps only the application's real problems; libraries' noise (POI's XML parser on a
        // damaged workbook, Flyway) and everything else go to the file
        for (var handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(Level.SEVERE);
                handler.setFilter(record -> record.getLoggerName() != null
                        && record.getLoggerName().startsWith(OWN_LOGGERS));
            }
        }
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
    }
}
