package vn.dxoutreach.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.report.UnitBarsWindow;
import vn.dxoutreach.report.UnitBarsWindowTestAccess;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.ScreenTests;

/** The units' bars fill the tab's height with named rows and slide through a province's units. */
class UnitBarsTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        ScreenTests.startToolkit();
    }

    @AfterEach
    void close() throws TimeoutException {
        ScreenTests.closeWindows();
    }

    /** The bars at a size of the test's own, whatever the size of the window around them. */
    private UnitBars shown(UnitBarsWindow window, double height) throws TimeoutException {
        UnitBars bars = new UnitBars(window);
        Group sized = new Group(bars);
        sized.setAutoSizeChildren(false);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(sized, 800, 800));
            stage.show();
        });
        resize(bars, height);
        return bars;
    }

    private void resize(UnitBars bars, double height) {
        robot.interact(() -> {
            bars.resize(800, height);
            bars.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ScrollBar slider(UnitBars bars) {
        return (ScrollBar) bars.getRight();
    }

    @Test
    void theRowsThatFitAreShownAndTheWheelSlidesThem() throws TimeoutException {
        UnitBarsWindow window = new UnitBarsWindow(UnitBarsWindowTestAccess.withUnits(300), Messages.vietnamese());
        UnitBars bars = shown(window, 500);

        // (500 − the chart's frame of 110) / 17 px a row
        assertThat(window.shown()).isEqualTo(bars.rows()).isEqualTo(22);
        assertThat(slider(bars).isVisible()).isTrue();
        assertThat(slider(bars).getMax()).isEqualTo(300 - window.shown());

        robot.interact(() -> bars.getCenter().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 300, 100, 300, 100,
                false, false, false, false, false, false, 0, -40, 0, 0, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(window.first()).isEqualTo(3);

        robot.interact(() -> slider(bars).setValue(slider(bars).getMax()));
        assertThat(window.first() + window.shown()).isEqualTo(300);
    }

    @Test
    void aTallerWindowShowsMoreRows() throws TimeoutException {
        UnitBarsWindow window = new UnitBarsWindow(UnitBarsWindowTestAccess.withUnits(300), Messages.vietnamese());
        UnitBars bars = shown(window, 400);
        assertThat(window.shown()).isEqualTo(17);

        resize(bars, 700);

        assertThat(window.shown()).isEqualTo(34);
        assertThat(slider(bars).getMax()).isEqualTo(300 - 34);
    }

    @Test
    void aFewUnitsNeedNoSlider() throws TimeoutException {
        UnitBarsWindow window = new UnitBarsWindow(UnitBarsWindowTestAccess.withUnits(5), Messages.vietnamese());
        UnitBars bars = shown(window, 500);

        assertThat(window.shown()).isEqualTo(5);
        assertThat(slider(bars).isVisible()).isFalse();
    }

    @Test
    void theKeyboardSlidesTheRowsToo() throws TimeoutException {
        UnitBarsWindow window = new UnitBarsWindow(UnitBarsWindowTestAccess.withUnits(300), Messages.vietnamese());
        UnitBars bars = shown(window, 500);
        assertThat(slider(bars).isFocusTraversable()).isTrue();

        // JavaFX's scroll bar moves a block, here a screenful of rows, at an arrow key
        press(slider(bars), javafx.scene.input.KeyCode.DOWN);
        assertThat(window.first()).isEqualTo(window.shown()).isEqualTo(22);

        press(slider(bars), javafx.scene.input.KeyCode.UP);
        assertThat(window.first()).isZero();
    }

    private void press(ScrollBar slider, javafx.scene.input.KeyCode key) {
        robot.interact(() -> slider.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", key, false, false, false, false)));
    }
}
