package vn.dxoutreach.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.ui.DesktopApp;
import vn.dxoutreach.ui.WorkSettled;

/**
 * Opens the main window on the data folder, prints {@code startup-ms=N} once it shows and
 * {@code first-screen-ms=N} once the first screen (Tổng quan) shows its figures, then the process's peak
 * resident set as {@code peak-rss-mb=N}; then, once the screen's background work has settled (its charts
 * drawn; at most {@link #SETTLE_LIMIT_MILLIS}, before the day's backup starts), {@code settled-ms=N} and the peak
 * resident set until then as {@code settled-rss-mb=N}, and exits 0. With
 * {@code --compare} it starts itself and a ten-line JavaFX window as fresh processes, in turns, and
 * prints the medians and their ratio.
 */
@Command(name = "smoke", description = "Open the main window, print startup-ms=N, first-screen-ms=N, then settled-ms=N and settled-rss-mb=N once its work has settled, and exit.")
public final class SmokeCommand implements Callable<Integer> {

    /** The longest wait for the first screen's work to settle. */
    static final long SETTLE_LIMIT_MILLIS = 15_000;

    @ParentCommand
    RootCommand root;

    @Option(names = "--compare", description = "Time this window against a ten-line JavaFX window, each started afresh.")
    boolean compare;

    @Option(names = "--runs", paramLabel = "N", description = "Starts of each with --compare (default 5).")
    int runs = 5;

    @Override
    public Integer call() throws Exception {
        if (compare) {
            return new StartupComparison(root.dataFolder(), root.out()).run(runs);
        }
        return open(root.dataFolder(), root.out());
    }

    /** Opens the window and prints the two times and the peak resident set. */
    static int open(vn.dxoutreach.store.DataFolder folder, java.io.PrintWriter out) {
        DesktopApp.open(folder,
                stage -> out.println("startup-ms=" + StartupClock.sinceJvmStart()),
                () -> {
                    out.println("first-screen-ms=" + StartupClock.sinceJvmStart());
                    out.println("peak-rss-mb=" + vn.dxoutreach.cli.ProcessMemory.peakRssMb());
                    out.flush();
                    // what comes after the first figures (charts, the cumulative line) is memory too
                    WorkSettled.afterBackgroundWork(SETTLE_LIMIT_MILLIS, () -> {
                        out.println("settled-ms=" + StartupClock.sinceJvmStart());
                        out.println("settled-rss-mb=" + vn.dxoutreach.cli.ProcessMemory.peakRssMb());
                        DesktopApp.exit(0);
                    });
                });
        return RootCommand.WINDOW_OPENED;
    }
}
