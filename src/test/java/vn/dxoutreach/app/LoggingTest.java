package vn.dxoutreach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.store.DataFolder;

class LoggingTest {

    @TempDir
    Path temp;

    private static ConsoleHandler console() {
        for (var handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler c) {
                return c;
            }
        }
        throw new AssertionError("no console handler");
    }

    private static LogRecord record(String logger) {
        LogRecord record = new LogRecord(Level.SEVERE, "Fatal Error: Premature end of file.");
        record.setLoggerName(logger);
        return record;
    }

    @Test
    void aLibrarysSevereLineStaysOutOfTheConsole() {
        Logging.configure(new DataFolder(temp));

        assertThat(console().isLoggable(record("org.apache.poi.ooxml.util.DocumentHelper"))).isFalse();
        assertThat(console().isLoggable(record("vn.dxoutreach.ui.DesktopApp"))).isTrue();
    }
}
