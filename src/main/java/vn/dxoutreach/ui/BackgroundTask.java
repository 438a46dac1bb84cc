package vn.dxoutreach.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import vn.dxoutreach.store.StoreClosedException;

/**
 * A piece of slow work described step by step (work, then what to do with the result or the
 * failure), run by the application's {@link TaskRunner}: off the FX thread, the result handed back
 * on it; a failure without a handler reaches the user as a short dialog and the log as detail.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private TaskRunner runner = TaskRunner.background();
    private Object key;

    private BackgroundTask(Callable<T> work) {
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs on this runner instead of the application's (a view model's, or a test's direct one). */
    public BackgroundTask<T> on(TaskRunner taskRunner) {
        this.runner = taskRunner;
        return this;
    }

    /** Latest wins: work submitted before under the same key is cancelled and its result dropped. */
    public BackgroundTask<T> latest(Object latestKey) {
        this.key = latestKey;
        return this;
    }

    /** Starts the work; failures without a handler go to the dialog service with the given message. */
    public TaskRunner.Job run(DialogService dialogs, String failureMessage) {
        Consumer<Throwable> failed = onFailure != null ? onFailure : error -> dialogs.error(failureMessage, error);
        return key == null ? runner.submit(work, onSuccess, failed) : runner.latest(key, work, onSuccess, failed);
    }

    /** Work that met a database closed under it (window closing, restore) has nothing to report. */
    static boolean closedUnderneath(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreClosedException) {
                return true;
            }
        }
        return false;
    }
}
