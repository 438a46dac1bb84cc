package vn.dxoutreach.app;

import java.lang.management.ManagementFactory;

/** Measures start-up from the start of the JVM to the shown window. */
public final class StartupClock {

    private StartupClock() {
    }

    /**
     * Milliseconds since the JVM started. (The process start time the operating system reports is
     * rounded to the boot time's whole second on Linux, so it is not used.)
     */
    public static long sinceJvmStart() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
