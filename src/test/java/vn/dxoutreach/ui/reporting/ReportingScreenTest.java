package vn.dxoutreach.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/** Drives the real window: Tình hình báo cáo of the sample district, on the tab of the plan's deadlines. */
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
}
