package vn.dxoutreach.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Calls back, on the FX thread, once the screens' background work has stayed idle for a moment (the
 * charts and lists that come after the first figures are there), or after a limit: for measuring the
 * window once it has settled, not only when it first shows figures.
 */
public final class WorkSettled {

    private static final Duration POLL = Duration.millis(250);
    /** Idle this many polls in a row counts as settled. */
    private static final int IDLE_POLLS = 4;

    private WorkSettled() {
    }

    /** Once the screens' work ({@link TaskRunner#background()}) has settled, or after {@code limitMillis}; on the FX thread. */
    public static void afterBackgroundWork(long limitMillis, Runnable settled) {
        then(TaskRunner.background().runningProperty(), Duration.millis(limitMillis), settled);
    }

    /** Starts watching {@code running}; must be called on the FX thread. */
    public static void then(ObservableBooleanValue running, Duration limit, Runnable settled) {
        int[] idle = {0};
        long deadline = System.nanoTime() + (long) (limit.toMillis() * 1_000_000);
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> {
            idle[0] = running.get() ? 0 : idle[0] + 1;
            if (idle[0] >= IDLE_POLLS || System.nanoTime() > deadline) {
                poll.stop();
                settled.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
