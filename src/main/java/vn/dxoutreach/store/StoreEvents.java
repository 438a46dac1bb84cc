package vn.dxoutreach.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces every committed change of the database to whoever listens (the open screens' view
 * models). Listeners are called after the commit, on the thread that wrote, outside the database
 * lock: a listener that updates a screen hands the work to that screen's thread itself.
 */
public final class StoreEvents {

    private static final Logger LOG = Logger.getLogger(StoreEvents.class.getName());

    /** Ends a listener's registration. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener until the subscription is cancelled. */
    public Subscription listen(Consumer<StoreChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(StoreChange change) {
        for (Consumer<StoreChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // one broken screen must not fail the write that already committed, nor the other screens
                LOG.log(Level.WARNING, "A change listener failed", e);
            }
        }
    }
}
