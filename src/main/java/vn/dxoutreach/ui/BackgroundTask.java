package vn.dxoutreach.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import vn.dxoutreach.store.StoreClosedException;

/**
 * Runs slow work off the FX thread and hands the result back on it; a failure reaches the user
 * as a short dialog and the log as detail. Every screen uses this for database and file work.
 */
public final class BackgroundTask<T> {

    private static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "background-work");
        thread.setDaemon(true);
        return thread;
    });

    private final Callable<T> work;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;

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

    /** Starts the work; failures without a handler go to the dialog service with the given message. */
    public Task<T> run(DialogService dialogs, String failureMessage) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            if (closedUnderneath(task.getException())) {
                return;
            }
            if (onFailure != null) {
                onFailure.accept(task.getException());
            } else {
                dialogs.error(failureMessage, task.getException());
            }
        });
        EXECUTOR.submit(task);
        return task;
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
