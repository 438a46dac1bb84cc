package vn.dxoutreach.ui.data;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.ProgressBar;
import vn.dxoutreach.exchange.Progress;

/** An import's progress shown on a bar (a few times a second at most) and its cancel button's wish. */
final class BarProgress implements Progress {

    private static final long REFRESH_NANOS = 100_000_000L;

    private final ProgressBar bar;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long lastShown;

    BarProgress(ProgressBar bar) {
        this.bar = bar;
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public void update(long done, long total) {
        long now = System.nanoTime();
        if (now - lastShown < REFRESH_NANOS && done != total) {
            return;
        }
        lastShown = now;
        double value = total > 0 ? done / (double) total : ProgressBar.INDETERMINATE_PROGRESS;
        Platform.runLater(() -> bar.setProgress(value));
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
