package vn.dxoutreach.cli;

import java.util.List;

/**
 * The options every launcher starts the application with: {@code javafx:run} in pom.xml,
 * {@code JAVA_OPTIONS} in installer/common.sh and {@code $JavaOptions} in installer/build-windows.ps1
 * (a test checks that each of them still says so). The benchmark starts its steps with the same, so
 * that what it measures is what an office's PC sees.
 */
public final class LauncherJvm {

    /**
     * At most a 384 MB heap, starting at 96 MB whatever the PC's memory, with a 32 MB young part, the
     * serial collector, and the heap shrunk after a full collection to leave at most 40 % of it free
     * (docs/decisions/0024, 0028: each lowered every bench step's peak RSS by 30–40 MB); and the
     * optimising compiler called in at four times the usual counts, so that on two cores it does not
     * take the second one from a short task's own work (docs/decisions/0029).
     */
    public static final List<String> OPTIONS = List.of("-Xmx384m", "-Xms96m", "-Xmn32m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4CompileThreshold=60000", "-XX:Tier4BackEdgeThreshold=160000");

    private LauncherJvm() {
    }
}
