package vn.dxoutreach.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.ui.DesktopApp;

/**
 * Opens the main window on the data folder, prints {@code startup-ms=N} once it shows and
 * {@code first-screen-ms=N} once the first screen (Tổng quan) shows its figures, then the process's peak
 * resident set as {@code peak-rss-mb=N}, and exits 0. With
 * {@code --compare} it starts itself and a ten-line JavaFX window as fresh processes, in turns, and
 * prints the medians and their ratio.
 */
@Command(name = "smoke", description = "Open the main window, print startup-ms=N and first-screen-ms=N, and exit.")
public final class SmokeCommand implements Callable<Integer> {

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
                    DesktopApp.exit(0);
                });
        return RootCommand.WINDOW_OPENED;
    }
}
