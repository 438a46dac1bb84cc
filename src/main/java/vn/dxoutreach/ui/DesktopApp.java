package vn.dxoutreach.ui;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.ui.shell.MainWindow;

/** The JavaFX application: opens the data folder and shows the main window. */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private static DataFolder folder;
    private static Consumer<Stage> onShown = stage -> { };

    private static DesktopApp running;
    private static volatile boolean reportingUnexpected;

    private Store store;
    private Stage stage;

    /** Starts the toolkit and shows the window; {@code whenShown} runs once it is on screen. */
    public static void open(DataFolder dataFolder, Consumer<Stage> whenShown) {
        folder = dataFolder;
        onShown = whenShown;
        Application.launch(DesktopApp.class);
    }

    /** Ends the application with an exit code. */
    public static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    @Override
    public void start(Stage stage) {
        Theme.install();
        Theme.icons().forEach(stage.getIcons()::add);
        running = this;
        this.stage = stage;
        store = Store.open(folder, Clock.systemDefaultZone());
        MainWindow window = new MainWindow(stage, store).hostServices(getHostServices());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            // a failed save on the FX thread must not pass silently; one message at a time, logged there
            if (BackgroundTask.closedUnderneath(error)) {
                LOG.log(Level.FINE, "Work ended with the database closed", error);
            } else if (reportingUnexpected) {
                LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
            } else {
                reportingUnexpected = true;
                Platform.runLater(() -> {
                    window.unexpected(error);
                    reportingUnexpected = false;
                });
            }
        });
        window.show();
        onShown.accept(stage);
    }

    /** The work a restore does while the database is closed. */
    @FunctionalInterface
    public interface ClosedStoreWork {
        void run(DataFolder folder) throws Exception;
    }

    /**
     * Closes the database, runs the work on the closed data folder (a restore), and opens the
     * window again on what is there now — also when the work failed, so the user is never left
     * without data.
     */
    public static void reopenAfter(ClosedStoreWork work) throws Exception {
        DesktopApp app = running;
        app.store.close();
        try {
            work.run(folder);
        } finally {
            app.store = Store.open(folder, Clock.systemDefaultZone());
            new MainWindow(app.stage, app.store).hostServices(app.getHostServices()).show();
        }
    }

    @Override
    public void stop() {
        if (store != null) {
            try {
                // the day's safety copy, taken as the window closes
                BackupService.automatic(store);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Automatic backup failed", e);
            }
            store.close();
        }
    }
}
