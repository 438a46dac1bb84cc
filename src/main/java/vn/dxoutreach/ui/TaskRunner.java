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
 * The one way the screens run store and file work: off the FX thread, the result handed back on it.
 * A job can be cancelled; a job submitted under a key replaces the one before it under that key
 * ("latest wins"), whose result, if it still comes, is dropped. Tests use {@link #direct()}, which
 * runs everything on the calling thread.
 *
 * <p>Work without a key (saves, imports, a restore) runs in order on one thread, as it is submitted.
 * Work under a key (what a screen shows) runs on a small pool, so that one screen's query does not wait
 * for another's; it still starts only after the work without a key submitted before it has finished,
 * so a screen never reads before a save it follows (decision 0018).
 */
public final class TaskRunner {

    /** Screens whose work may run side by side; the database connection serialises their queries. */
    private static final int POOL_THREADS = 3;
    private static final TaskRunner BACKGROUND = new TaskRunner(threads("background-work", 1),
            threads("screen-work", POOL_THREADS), Platform::runLater);

    private final Executor work;
    private final Executor pool;
    private final Executor results;
    private final Map<Object, Job> latest = new ConcurrentHashMap<>();
    /** Keyed work waiting for the job of its key before it; guarded by itself. */
    private final Map<Object, java.util.ArrayDeque<Runnable>> lanes = new java.util.HashMap<>();
    private final AtomicInteger active = new AtomicInteger();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    /**
     * @param work    where the work runs
     * @param results where results, failures and the running flag are delivered (the FX thread)
     */
    public TaskRunner(Executor work, Executor results) {
        this(work, work, results);
    }

    /**
     * @param work    where work without a key runs, in order
     * @param pool    where keyed work runs, side by side
     * @param results where results, failures and the running flag are delivered (the FX thread)
     */
    public TaskRunner(Executor work, Executor pool, Executor results) {
        this.work = work;
        this.pool = pool;
        this.results = results;
    }

    /** The application's runner: an ordered thread and a small pool, results on the FX thread. */
    public static TaskRunner background() {
        return BACKGROUND;
    }

    /** Everything on the calling thread, at once: for tests of view models without the toolkit. */
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    private static ExecutorService threads(String name, int count) {
        AtomicInteger made = new AtomicInteger();
        return Executors.newFixedThreadPool(count, r -> {
            Thread thread = new Thread(r, count == 1 ? name : name + "-" + made.incrementAndGet());
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
        Runnable step = () -> {
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
        };
        // keyed work passes through the ordered thread first: it starts after the saves before it
        work.execute(key == null ? step : () -> onLane(key, step));
        return job;
    }

    /** Runs keyed work on the pool, one job of a key at a time: a screen's own queries never overlap. */
    private void onLane(Object key, Runnable step) {
        synchronized (lanes) {
            java.util.ArrayDeque<Runnable> waiting = lanes.get(key);
            if (waiting != null) {
                waiting.add(step);
                return;
            }
            lanes.put(key, new java.util.ArrayDeque<>());
        }
        pool.execute(() -> {
            for (Runnable next = step; next != null; ) {
                next.run();
                synchronized (lanes) {
                    next = lanes.get(key).poll();
                    if (next == null) {
                        lanes.remove(key);
                    }
                }
            }
        });
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
