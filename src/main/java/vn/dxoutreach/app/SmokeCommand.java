package vn.dxoutreach.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.ui.DesktopApp;

/** Opens the main window on the data folder, prints {@code startup-ms=N} once it shows, and exits 0. */
@Command(name = "smoke", description = "Open the main window, print startup-ms=N and exit.")
public final class SmokeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        DesktopApp.open(root.dataFolder(), stage -> {
            root.out().println("startup-ms=" + StartupClock.sinceJvmStart());
            DesktopApp.exit(0);
        });
        return RootCommand.WINDOW_OPENED;
    }
}
