package vn.dxoutreach.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;
import vn.dxoutreach.ui.form.StateGrid;

/**
 * Drives the real window: Tình hình báo cáo of the sample district — the months' grid drawn on a
 * canvas that tells the cell under the mouse, and the tab of the plan's deadlines.
 */
class ReportingScreenTest extends WindowTest {

    @BeforeEach
    void openTheDeadlinesTab() throws TimeoutException {
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 5);
        openWindowOn("reporting");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rates().getText().isEmpty());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label rates() {
        return robot.lookup("#reporting-deadline-rates").queryAs(Label.class);
    }

    @Test
    void everyDeadlinesRateLineShowsWhole() {
        Label rates = rates();

        assertThat(rates.getText().lines().count()).isGreaterThan(3);
        assertThat(rates.getHeight()).isGreaterThanOrEqualTo(rates.prefHeight(rates.getWidth()) - 0.5);
    }

    @Test
    void theMonthsGridTellsTheCellUnderTheMouse() throws TimeoutException {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        Node grid = robot.lookup("#reporting-heat-grid").query();
        Bounds bounds = grid.localToScreen(grid.getBoundsInLocal());

        // the first unit's last month: right of the names, below the month labels
        robot.moveTo(new Point2D(bounds.getMaxX() - 30, bounds.getMinY() + 28));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !((StateGrid) grid).words().isEmpty());
        assertThat(((StateGrid) grid).words()).contains(" – tháng ").contains("(15/");
    }
}
