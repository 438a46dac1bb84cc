package vn.dxoutreach.ui;

import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import vn.dxoutreach.store.StoreChange;
import vn.dxoutreach.store.StoreEvents;

/**
 * How a screen learns that the data it shows changed: after every committed change of the store
 * that the screen shows, its refresh runs on the FX thread — at once while the screen is on the
 * window, or the next time it is shown. The store keeps the screen only weakly: a screen dropped
 * (the window rebuilt in another language) stops listening by itself.
 */
public final class ScreenRefresh {

    private final Node screen;
    private final Predicate<StoreChange> shows;
    private final Runnable refresh;
    private boolean missed;

    private ScreenRefresh(Node screen, Predicate<StoreChange> shows, Runnable refresh) {
        this.screen = screen;
        this.shows = shows;
        this.refresh = refresh;
    }

    /**
     * Runs {@code refresh} after each committed change that {@code shows} accepts, for as long as the
     * screen lives.
     */
    public static void install(Node screen, UiContext context, Predicate<StoreChange> shows, Runnable refresh) {
        install(screen, context.store().db().events(), TaskRunner.background(), shows, refresh);
    }

    static void install(Node screen, StoreEvents events, TaskRunner runner, Predicate<StoreChange> shows,
            Runnable refresh) {
        ScreenRefresh watch = new ScreenRefresh(screen, shows, refresh);
        // the node holds the watch; the store's listener only a weak reference to it
        screen.getProperties().put(watch, Boolean.TRUE);
        WeakReference<ScreenRefresh> held = new WeakReference<>(watch);
        AtomicReference<StoreEvents.Subscription> subscription = new AtomicReference<>();
        subscription.set(events.listen(change -> {
            ScreenRefresh alive = held.get();
            if (alive == null) {
                StoreEvents.Subscription mine = subscription.get();
                if (mine != null) {
                    mine.cancel();
                }
            } else if (alive.shows.test(change)) {
                runner.deliver(alive::changed);
            }
        }));
        screen.sceneProperty().addListener((o, old, scene) -> watch.shownAgain());
    }

    private void changed() {
        if (onWindow()) {
            missed = false;
            refresh.run();
        } else {
            missed = true;
        }
    }

    private void shownAgain() {
        if (missed && onWindow()) {
            missed = false;
            refresh.run();
        }
    }

    private boolean onWindow() {
        Scene scene = screen.getScene();
        Window window = scene == null ? null : scene.getWindow();
        return window != null && window.isShowing();
    }
}
