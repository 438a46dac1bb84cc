package vn.dxoutreach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What this process holds in memory as the operating system counts it: on Linux the peak resident set
 * since the process started ({@code VmHWM} in /proc/self/status) — heap, class data, code, SQLite's page
 * cache and every other native allocation together.
 */
public final class ProcessMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** The peak resident set in MB; -1 where the platform does not tell. */
    public static long peakRssMb() {
        try {
            return peakRssKb(Files.readString(STATUS)) / 1024;
        } catch (IOException | RuntimeException e) {
            return -1; // not Linux
        }
    }

    /** The {@code VmHWM} figure of a /proc status text, in kB; -1024 when it has none. */
    static long peakRssKb(String status) {
        for (String line : status.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1024;
    }
}
