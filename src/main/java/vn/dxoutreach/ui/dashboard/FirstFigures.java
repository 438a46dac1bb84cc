package vn.dxoutreach.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.Store;

/**
 * Tổng quan's first figures, worked out while the toolkit starts: the window takes about a second to
 * appear and the first evaluation of a province's plan about as long, so the two overlap. The engine
 * goes to the dashboard of the same store, whose first evaluation waits for this one (the engine is
 * synchronized) and finds the totals read. Started before the toolkit exists, as the store itself is
 * opened then; once the window is up all work goes through the task runner.
 */
public final class FirstFigures {

    private static final Logger LOG = Logger.getLogger(FirstFigures.class.getName());
    private static final AtomicReference<Prepared> PREPARED = new AtomicReference<>();

    private record Prepared(Store store, ProgressEngine engine) {
    }

    private FirstFigures() {
    }

    /**
     * Starts evaluating the plan Tổng quan opens on (the current plan, as of today), on a thread of its
     * own; returns the engine that does it.
     */
    public static ProgressEngine prepare(Store store, Clock clock) {
        ProgressEngine engine = new ProgressEngine(store);
        PREPARED.set(new Prepared(store, engine));
        Thread thread = new Thread(() -> {
            try {
                LocalDate today = LocalDate.now(clock);
                store.plans.current(today).ifPresent(plan -> DashboardViewModel.figures(engine, plan, today));
            } catch (RuntimeException e) {
                // the dashboard evaluates again and says what went wrong
                LOG.log(Level.FINE, "The first figures could not be worked out ahead", e);
            }
        }, "first-figures");
        thread.setDaemon(true);
        thread.start();
        return engine;
    }

    /** The engine prepared for this store, once; otherwise a new one. */
    static ProgressEngine engineFor(Store store) {
        Prepared prepared = PREPARED.get();
        if (prepared != null && prepared.store() == store && PREPARED.compareAndSet(prepared, null)) {
            return prepared.engine();
        }
        return new ProgressEngine(store);
    }
}
