package vn.dxoutreach.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.dxoutreach.ui.UiSettings;

/**
 * The window's size, place and maximised state across runs. The first run opens maximised (on a
 * 1366×768 laptop anything smaller wastes the screen, and a fixed size hides behind the Windows
 * task bar); later runs reopen as the user left it, on a screen that still exists.
 */
final class WindowPlacement {

    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";

    private final Stage stage;
    private final UiSettings remembered;

    WindowPlacement(Stage stage, UiSettings remembered) {
        this.stage = stage;
        this.remembered = remembered;
    }

    /** Puts the window where it was, and remembers from now on where the user moves it. */
    void restore() {
        boolean maximized = remembered.get(MAXIMIZED).map(Boolean::parseBoolean).orElse(true);
        var x = remembered.number(X);
        var y = remembered.number(Y);
        var width = remembered.number(WIDTH);
        var height = remembered.number(HEIGHT);
        if (x.isPresent() && y.isPresent() && width.isPresent() && height.isPresent()
                && onSomeScreen(x.get(), y.get(), width.get(), height.get())) {
            stage.setX(x.get());
            stage.setY(y.get());
            stage.setWidth(width.get());
            stage.setHeight(height.get());
        } else {
            // the first run: the whole screen but the task bar, also where maximising is not honoured
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        }
        stage.setMaximized(maximized);
        watch();
    }

    /** A window whose title bar would be off every screen (a monitor unplugged) opens at the default place. */
    private static boolean onSomeScreen(double x, double y, double width, double height) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.max(1, width), 40)).isEmpty()
                && width >= 200 && height >= 200;
    }

    private void watch() {
        // the normal bounds are kept while maximised, so that un-maximising returns to them
        stage.xProperty().addListener((o, a, now) -> normal(X, now.doubleValue()));
        stage.yProperty().addListener((o, a, now) -> normal(Y, now.doubleValue()));
        stage.widthProperty().addListener((o, a, now) -> normal(WIDTH, now.doubleValue()));
        stage.heightProperty().addListener((o, a, now) -> normal(HEIGHT, now.doubleValue()));
        stage.maximizedProperty().addListener((o, a, now) -> remembered.put(MAXIMIZED, String.valueOf(now)));
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remembered.flush());
    }

    private void normal(String key, double value) {
        if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(value)) {
            remembered.put(key, String.valueOf(Math.round(value)));
        }
    }
}
