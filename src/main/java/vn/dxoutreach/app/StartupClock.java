package vn.dxoutreach.app;

import java.time.Duration;
import java.time.Instant;

/** Measures start-up from the start of the JVM process to the shown window. */
public final class StartupClock {

    private StartupClock() {
    }

    /** Milliseconds since the JVM process started. */
    public static long sinceJvmStart() {
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(started, Instant.now()).toMillis();
    }
}
