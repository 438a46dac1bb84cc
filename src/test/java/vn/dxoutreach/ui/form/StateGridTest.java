package vn.dxoutreach.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.ui.ScreenTests;

/**
 * A province's worth of cells on the canvas grid: no cell is put into words until the mouse is over
 * it, and then only that one; the rows scroll under a fixed header.
 */
class StateGridTest {

    private static final int ROWS = 3_000;
    private static final List<String> MONTHS = List.of("01/25", "02/25", "03/25", "04/25", "05/25", "06/25",
            "07/25", "08/25", "09/25", "10/25", "11/25", "12/25");
    private static final StateGrid.Look LOOK = new StateGrid.Look(List.of(
            new StateGrid.State("Đúng hạn", Color.GREEN, false),
            new StateGrid.State("Chưa gửi", Color.PINK, true)), Color.DARKGRAY, Color.LIGHTGRAY);

    private final FxRobot robot = new FxRobot();
    private final AtomicInteger worded = new AtomicInteger();
    private StateGrid grid;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        ScreenTests.startToolkit();
    }

    @BeforeEach
    void showAGridOfThousandsOfRows() throws TimeoutException {
        StateGrid.Cells cells = StateGrid.Cells.of(IntStream.range(0, ROWS).mapToObj(r -> "Xã " + r).toList(), MONTHS,
                (row, month) -> (row + month) % 2);
        grid = new StateGrid(cells, LOOK, (row, month) -> {
            worded.incrementAndGet();
            return "Xã " + row + " – " + MONTHS.get(month);
        });
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(grid, 800, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        ScreenTests.closeWindows();
    }

    private Node canvas() {
        return grid.getChildrenUnmodifiable().get(0);
    }

    private void mouseAt(double x, double y) {
        robot.interact(() -> canvas().fireEvent(new MouseEvent(MouseEvent.MOUSE_MOVED, x, y, x, y, MouseButton.NONE,
                0, false, false, false, false, false, false, false, false, false, false, null)));
    }

    @Test
    void onlyTheCellUnderTheMouseIsPutIntoWords() {
        assertThat(worded).hasValue(0);

        mouseAt(175, 22 + 13 * 2 + 5);
        mouseAt(176, 22 + 13 * 2 + 6);

        assertThat(grid.words()).isEqualTo("Xã 2 – 01/25");
        assertThat(worded).hasValue(1);
    }

    @Test
    void theRowsScrollUnderTheMonths() {
        assertThat(grid.cellAt(175, 22 + 5)).containsExactly(0, 0);

        robot.interact(() -> canvas().fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 300, 100, 300, 100, false, false,
                false, false, false, false, 0, -13 * 10, 0, 0, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));

        assertThat(grid.cellAt(175, 22 + 5)).containsExactly(10, 0);
        assertThat(grid.cellAt(100, 22 + 5)).isNull();
        assertThat(grid.cellAt(175, 10)).isNull();
    }
}
