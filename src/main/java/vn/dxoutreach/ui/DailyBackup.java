package vn.dxoutreach.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import vn.dxoutreach.store.AutomaticBackup;
import vn.dxoutreach.store.Store;

/**
 * The day's automatic backup as the window sees it: started in the background through the task runner
 * a little after the window opens, shown in the status bar while it runs, cancelled by the user or by
 * closing the window — which never waits for it (decision 0018).
 */
public final class DailyBackup {

    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());

    /** What the status bar says. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** The backup itself; it stops soon after {@code cancelled} answers true. */
    @FunctionalInterface
    public interface Work {
        Path take(BooleanSupplier cancelled) throws Exception;
    }

    private final Work work;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private volatile boolean cancelled;
    private volatile CountDownLatch ended = new CountDownLatch(0);

    public DailyBackup(Work work, TaskRunner runner) {
        this.work = work;
        this.runner = runner;
    }

    /** The application's: {@link AutomaticBackup} on the store, on the application's runner. */
    public static DailyBackup of(Store store) {
        return new DailyBackup(cancelled -> AutomaticBackup.take(store, cancelled), TaskRunner.background());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Starts the backup unless it runs already (it does nothing when today's exists). */
    public void start() {
        if (running.get()) {
            return;
        }
        cancelled = false;
        CountDownLatch done = new CountDownLatch(1);
        ended = done;
        running.set(true);
        state.set(State.RUNNING);
        runner.latest(this, () -> {
            try {
                return work.take(() -> cancelled);
            } finally {
                done.countDown();
            }
        }, file -> finish(cancelled ? State.CANCELLED : file == null ? State.IDLE : State.DONE), error -> {
            if (error instanceof AutomaticBackup.Cancelled || cancelled) {
                finish(State.CANCELLED);
            } else {
                LOG.log(Level.WARNING, "Automatic backup failed", error);
                finish(State.FAILED);
            }
        });
    }

    private void finish(State end) {
        running.set(false);
        state.set(end);
    }

    /** Stops a running backup; it removes what it wrote. The next start of the application tries again. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * As the window closes: cancels a running backup and gives it a moment to remove its temporary
     * files. Returns whether it has ended; one still running is abandoned, and its temporary files are
     * swept by the next backup — no backup file is ever left half-written.
     */
    public boolean stopForClose(long waitMillis) {
        cancelled = true;
        try {
            return ended.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
