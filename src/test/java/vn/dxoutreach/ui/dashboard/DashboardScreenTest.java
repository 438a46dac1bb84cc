package vn.dxoutreach.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/**
 * Drives the real window: Tổng quan follows the data without being touched — a broadcast saved in
 * Phát thanh or arriving while it is on screen changes its figures, a plan made in Kế hoạch joins its
 * list — a new "as of" day keeps the chart tab the user chose, and a chart tab is worked out when opened.
 */
class DashboardScreenTest extends WindowTest {

    /** The store's clock says 01/07/2024. */
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 1);

    private Unit commune;

    @BeforeEach
    void openOfficeWithAPlanAndATarget() throws TimeoutException {
        Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
        commune = StoreFixture.unit(store, "X01", "Xã B", 3, district);
        new Office(store).set(district);
        Plan plan = store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "12/KH-UBND",
                "Kế hoạch tuyên truyền", "UBND huyện", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        store.targets.save(new Target(RecordMeta.fresh(district.id(), StoreFixture.NOW), plan.id(), "CT01",
                "Phát thanh về chuyển đổi số", ActivityKind.BROADCAST, TargetFilter.NONE, Measure.COUNT,
                Cadence.PERIOD, 10, Scope.EACH, 3, null, null));
        openWindow();
        waitForFigures(0);
    }

    private TableView<TargetProgress> targets() {
        return robot.lookup("#dashboard-targets").queryTableView();
    }

    /** The first target's total, read on the FX thread: the screen may be rebuilding its nodes meanwhile. */
    private long recorded() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> targets().getItems().isEmpty() ? -1L
                    : targets().getItems().get(0).units().stream().mapToLong(UnitProgress::total).sum())
                    .get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | InterruptedException | TimeoutException e) {
            return -1;
        }
    }

    private void waitForFigures(long records) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> recorded() == records);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void broadcastSavedInPhatThanhShowsOnTongQuan() throws TimeoutException {
        robot.clickOn("#nav-broadcasts");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<UUID> unit = robot.lookup("#form-unit").queryComboBox();
        robot.interact(() -> unit.setValue(commune.id()));
        robot.clickOn("#form-programTitle").write("Ban tin so");
        robot.clickOn("#form-minutes").write("15");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> store.broadcasts.countLive() == 1);

        robot.clickOn("#nav-dashboard");

        waitForFigures(1);
    }

    @Test
    void broadcastArrivingWhileTongQuanIsOnScreenChangesItsFigures() throws TimeoutException {
        store.broadcasts.save(new Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW), TODAY.minusDays(1),
                Slot.MORNING, "Bản tin", Production.NEW, 10, "", ""));

        waitForFigures(1);
    }

    @Test
    void planMadeInKeHoachJoinsTongQuansList() throws TimeoutException {
        robot.clickOn("#nav-plans");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#plans-new");
        robot.clickOn("#plan-symbol").write("15/KH-UBND");
        robot.clickOn("#plan-title").write("Ke hoach moi");
        robot.clickOn("#plan-from").write("01/01/2025");
        robot.clickOn("#plan-to").write("31/12/2025");
        robot.clickOn("#plan-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> store.plans.findBySymbol("15/KH-UBND").isPresent());

        robot.clickOn("#nav-dashboard");

        ComboBox<Plan> plans = robot.lookup("#dashboard-plan").queryComboBox();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> plans.getItems().stream().anyMatch(p -> p.symbol().equals("15/KH-UBND")));
        assertThat(plans.getValue().symbol()).isEqualTo("12/KH-UBND");
    }

    @Test
    void chartTabIsKeptWhenTheAsOfDayChanges() throws TimeoutException {
        TabPane charts = robot.lookup("#dashboard-charts").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts.getTabs().size() >= 3);
        robot.interact(() -> charts.getSelectionModel().select(2));
        LocalDate earlier = TODAY.minusDays(20);

        DatePicker asOf = robot.lookup("#dashboard-as-of").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(earlier));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !targets().getItems().isEmpty() && targets().getItems().get(0).asOf().equals(earlier)
                        && charts.getTabs().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(charts.getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void theMetMissedGridTellsTheCellUnderTheMouse() throws TimeoutException {
        TabPane charts = robot.lookup("#dashboard-charts").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts.getTabs().size() >= 3);
        robot.interact(() -> charts.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-heat-grid").tryQuery().isPresent());
        javafx.scene.Node grid = robot.lookup("#dashboard-heat-grid").query();
        javafx.geometry.Bounds bounds = grid.localToScreen(grid.getBoundsInLocal());

        // the one unit's one period: right of the names, below the period labels
        robot.moveTo(new javafx.geometry.Point2D(bounds.getMinX() + 180, bounds.getMinY() + 28));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ((vn.dxoutreach.ui.form.StateGrid) grid).words().startsWith("Xã B,"));
    }

    @Test
    void theCumulativeLineIsReadOnlyWhenItsTabIsOpened() throws TimeoutException {
        TabPane charts = robot.lookup("#dashboard-charts").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> charts.getTabs().size() == 4);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !vn.dxoutreach.ui.TaskRunner.background().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(charts.getTabs().get(3).getContent()).isInstanceOf(javafx.scene.control.Label.class);

        robot.interact(() -> charts.getSelectionModel().select(3));

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !(charts.getTabs().get(3).getContent() instanceof javafx.scene.control.Label));
    }
}
