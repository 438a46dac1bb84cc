package vn.dxoutreach.ui;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The one way the screens run store and file work: on one background thread, the result handed
 * back on the FX thread. A job can be cancelled; a job submitted under a key replaces the one
 * before it under that key ("latest wins"), whose result, if it still comes, is dropped. Tests use
 * {@link #direct()}, which runs everything on the calling thread.
 */
public final class TaskRunner {

    private static final TaskRunner BACKGROUND = new TaskRunner(backgroundThread(), Platform::runLater);

    private final Executor work;
    private final Executor results;
    private final Map<Object, Job> latest = new ConcurrentHashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /**
     * @param work    where the work runs
     * @param results where results, failures and the running flag are delivered (the FX thread)
     */
    public TaskRunner(Executor work, Executor results) {
        this.work = work;
        this.results = results;
    }

    /** The application's runner: one background thread, results on the FX thread. */
    public static TaskRunner background() {
        return BACKGROUND;
    }

    /** Everything on the calling thread, at once: for tests of view models without the toolkit. */
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    private static ExecutorService backgroundThread() {
        // one thread: the database has one connection, so a second thread would only wait for it
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "background-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A submitted piece of work. */
    public static final class Job {
        private volatile boolean cancelled;

        /** The work does not start if it has not; a result that still comes is dropped. */
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    /** Runs a small step where results are delivered (the FX thread): how store events reach a screen. */
    public void deliver(Runnable step) {
        results.execute(step);
    }

    /** True while any work of this runner is queued or running (for a spinner). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Runs the work; the result or the failure reaches one of the handlers on the FX thread. */
    public <T> Job submit(Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return start(null, new Job(), task, onSuccess, onFailure);
    }

    /**
     * Runs the work instead of the one submitted before under the same key: that one is cancelled,
     * so only the latest answer for a key (a screen's table, a chart) ever reaches the screen.
     */
    public <T> Job latest(Object key, Callable<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Job job = new Job();
        Job before = latest.put(key, job);
        if (before != null) {
            before.cancel();
        }
        return start(key, job, task, onSuccess, onFailure);
    }

    /** Cancels the work last submitted under the key, if any. */
    public void cancel(Object key) {
        Job job = latest.remove(key);
        if (job != null) {
            job.cancel();
        }
    }

    private <T> Job start(Object key, Job job, Callable<T> task, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        active.incrementAndGet();
        publishRunning();
        work.execute(() -> {
            if (job.isCancelled()) {
                finish(key, job, () -> { });
                return;
            }
            try {
                T result = task.call();
                finish(key, job, () -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                finish(key, job, () -> {
                    if (!BackgroundTask.closedUnderneath(e)) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return job;
    }

    private void finish(Object key, Job job, Runnable deliver) {
        results.execute(() -> {
            try {
                if (!job.isCancelled()) {
                    deliver.run();
                }
            } finally {
                if (key != null) {
                    latest.remove(key, job);
                }
                active.decrementAndGet();
                running.set(active.get() > 0);
            }
        });
    }

    private void publishRunning() {
        results.execute(() -> running.set(active.get() > 0));
    }
}
