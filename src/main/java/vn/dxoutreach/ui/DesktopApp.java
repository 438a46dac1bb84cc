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

    private Store store;

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
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error));
        Theme.install();
        Theme.icons().forEach(stage.getIcons()::add);
        store = Store.open(folder, Clock.systemDefaultZone());
        MainWindow window = new MainWindow(stage, store);
        window.show();
        onShown.accept(stage);
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
