package vn.dxoutreach.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.DataFolderProblem;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.shell.MainWindow;

/** The JavaFX application: opens the data folder and shows the main window. */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());

    private static DataFolder folder;
    private static Consumer<Stage> onShown = stage -> { };
    private static Runnable onFirstScreen = () -> { };
    /** The database, opened while the toolkit starts. */
    private static java.util.concurrent.CompletableFuture<Store> opening;
    /** How long after the window opens the day's automatic backup starts: the first screen comes first. */
    private static final javafx.util.Duration BACKUP_DELAY = javafx.util.Duration.seconds(20);
    /** How long closing gives a cancelled backup to remove its temporary files. */
    private static final long BACKUP_STOP_WAIT_MILLIS = 1500;

    private static DesktopApp running;
    private static volatile boolean reportingUnexpected;

    private Store store;
    private Stage stage;
    private DailyBackup dailyBackup;
    private javafx.animation.PauseTransition backupTimer;

    /** Starts the toolkit and shows the window; {@code whenShown} runs once it is on screen. */
    public static void open(DataFolder dataFolder, Consumer<Stage> whenShown) {
        open(dataFolder, whenShown, () -> { });
    }

    /**
     * Starts the toolkit and shows the window; {@code whenShown} runs once it is on screen,
     * {@code whenFirstScreen} once the first screen shows its figures.
     */
    public static void open(DataFolder dataFolder, Consumer<Stage> whenShown, Runnable whenFirstScreen) {
        folder = dataFolder;
        onShown = whenShown;
        onFirstScreen = whenFirstScreen;
        // the database and its migration check take a few hundred milliseconds: they run while the toolkit starts
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> Store.open(folder,
                Clock.systemDefaultZone()));
        warmUpCharts();
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
        store = openOrRecover();
        if (store == null) {
            Platform.exit();
            return;
        }
        dailyBackup = DailyBackup.of(store);
        MainWindow window = new MainWindow(stage, store).hostServices(getHostServices()).dailyBackup(dailyBackup)
                .whenFirstScreenShown(onFirstScreen);
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
        // the day's safety copy is taken while the window is open, never as it closes
        backupTimer = new javafx.animation.PauseTransition(BACKUP_DELAY);
        backupTimer.setOnFinished(e -> dailyBackup.start());
        backupTimer.play();
    }

    /**
     * Opens the data folder; when it cannot be, says why, and for a damaged data file offers to restore the
     * latest automatic backup (the damaged file is kept aside). Returns null when the user closes instead.
     */
    private static Store openOrRecover() {
        Messages messages = Messages.vietnamese();
        while (true) {
            try {
                return opened();
            } catch (DataFolderProblem problem) {
                LOG.log(Level.WARNING, "The data folder cannot be opened", problem);
                Optional<Path> backup = problem.kind() == DataFolderProblem.Kind.DAMAGED
                        ? BackupService.latestAutomatic(folder) : Optional.empty();
                ButtonType close = new ButtonType(messages.get("startup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
                if (backup.isEmpty()) {
                    startupAlert(problem.describe(messages), messages, close);
                    return null;
                }
                ButtonType restore = new ButtonType(messages.get("startup.damaged.restore"),
                        ButtonBar.ButtonData.OK_DONE);
                if (startupAlert(messages.get("startup.damaged.window", problem.path(), backup.get()), messages,
                        restore, close) != restore) {
                    return null;
                }
                try {
                    BackupService.restore(folder, backup.get(), Clock.systemDefaultZone());
                } catch (Exception e) {
                    LOG.log(Level.WARNING, "Restoring the latest automatic backup failed", e);
                    startupAlert(messages.get("data.restore.failed"), messages, close);
                    return null;
                }
            }
        }
    }

    /** The first screen's charts need Java2D and the fonts: loaded on a spare thread meanwhile. */
    private static void warmUpCharts() {
        Thread warmUp = new Thread(() -> {
            try {
                vn.dxoutreach.report.ProgressCharts.warmUp();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.FINE, "Charts could not be prepared ahead", e);
            }
        }, "chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** The store opened while the toolkit started, or opened now (a second attempt, after a restore). */
    private static Store opened() {
        java.util.concurrent.CompletableFuture<Store> started = opening;
        opening = null;
        if (started == null) {
            return Store.open(folder, Clock.systemDefaultZone());
        }
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static ButtonType startupAlert(String text, Messages messages, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, buttons);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.problem.title"));
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setId("startup-problem");
        return alert.showAndWait().orElse(null);
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
        app.dailyBackup.stopForClose(BACKUP_STOP_WAIT_MILLIS);
        app.store.close();
        try {
            work.run(folder);
        } finally {
            app.store = Store.open(folder, Clock.systemDefaultZone());
            app.dailyBackup = DailyBackup.of(app.store);
            new MainWindow(app.stage, app.store).hostServices(app.getHostServices()).dailyBackup(app.dailyBackup)
                    .show();
        }
    }

    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.stop();
        }
        if (dailyBackup != null && !dailyBackup.stopForClose(BACKUP_STOP_WAIT_MILLIS)) {
            // abandoned: it wrote only temporary files, which the next backup sweeps
            LOG.info("The automatic backup was still stopping as the window closed");
        }
        if (store != null) {
            store.close();
        }
    }
}
