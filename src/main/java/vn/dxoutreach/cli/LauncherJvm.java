package vn.dxoutreach.cli;

import java.util.List;

/**
 * The memory options every launcher starts the application with: {@code javafx:run} in pom.xml,
 * {@code JAVA_OPTIONS} in installer/common.sh and {@code $JavaOptions} in installer/build-windows.ps1
 * (a test checks that each of them still says so). The benchmark starts its steps with the same, so
 * that what it measures is what an office's PC sees.
 */
public final class LauncherJvm {

    /**
     * At most a 384 MB heap, starting at 96 MB whatever the PC's memory, with a 64 MB young part, and the
     * serial collector (docs/decisions/0024).
     */
    public static final List<String> MEMORY_OPTIONS = List.of("-Xmx384m", "-Xms96m", "-Xmn64m", "-XX:+UseSerialGC");

    private LauncherJvm() {
    }
}
