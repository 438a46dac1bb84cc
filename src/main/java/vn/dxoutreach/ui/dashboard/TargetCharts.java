package vn.dxoutreach.ui.dashboard;

import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.Bucket;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.report.ChartFiles;
import vn.dxoutreach.report.PairHeatMap;
import vn.dxoutreach.report.ProgressCharts;
import vn.dxoutreach.report.UnitBarsWindow;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.TaskRunner;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.UiSettings;
import vn.dxoutreach.ui.form.SaveFile;
import vn.dxoutreach.ui.form.StateGrid;

/**
 * Tổng quan's tabs for the selected target: the units' table first, then its charts — the bars, the
 * met / missed grid and the cumulative line. The charts come after the figures, the grid's states and
 * the cumulative series worked out off the FX thread; the tab the user chose is kept when the
 * figures are computed again.
 */
final class TargetCharts extends TabPane {

    private final UiContext context;
    private final Messages messages;
    private final DashboardViewModel model;
    private final BiConsumer<UnitProgress, Bucket> drillDown;
    /** The chart of the tab shown, made when printed or saved. */
    private Supplier<JFreeChart> selectedChart;
    /** The chart tab the user chose; kept when the figures are computed again. */
    private int chosenTab = 1;
    private boolean rebuilding;
    /** Keys of the "latest wins" work: a late answer for an older target never shows. */
    private final Object cumulativeWork = new Object();
    private final Object heatWork = new Object();

    /**
     * @param units     the first tab, which stays when the charts change
     * @param drillDown opens the records behind a unit's number in a period (a click on the grid)
     */
    TargetCharts(UiContext context, DashboardViewModel model, TableView<UnitProgress> units,
            BiConsumer<UnitProgress, Bucket> drillDown) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.drillDown = drillDown;
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setId("dashboard-charts");
        getTabs().add(new Tab(messages.get("dashboard.tab.units"), units));
        getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            selectedChart = tab != null && tab.getUserData() instanceof Supplier<?> chart
                    ? () -> (JFreeChart) chart.get() : null;
            if (!rebuilding && tab != null) {
                chosenTab = getTabs().indexOf(tab);
            }
        });
        setMinHeight(0);
    }

    /** Leaves the units' tab alone; with no target, stops the work still running for the last one. */
    void clear(boolean targetChosen) {
        rebuilding = true;
        getTabs().retainAll(getTabs().get(0));
        rebuilding = false;
        if (!targetChosen) {
            TaskRunner.background().cancel(cumulativeWork);
        }
    }

    /** The target's charts, in place of the last target's. */
    void show(TargetProgress target, Plan plan) {
        Tab bars = new Tab(messages.get("dashboard.tab.bars"), new UnitBars(new UnitBarsWindow(target, messages)));
        // printed and saved whole, not the rows on screen
        bars.setUserData((Supplier<JFreeChart>) () -> ProgressCharts.unitChart(ProgressCharts.unitDataset(target,
                messages), target, messages));
        rebuilding = true;
        getTabs().retainAll(getTabs().get(0));
        getTabs().add(bars);
        Tab heat = new Tab(messages.get("dashboard.tab.heat"), new Label(messages.get("dashboard.loading")));
        // printed and saved as the chart, built only then
        heat.setUserData((Supplier<JFreeChart>) () -> PairHeatMap.createChart(
                PairHeatMap.createDataset(target), target, messages));
        getTabs().add(heat);
        rebuilding = false;
        BackgroundTask.of(() -> PairGrids.cells(target)).latest(heatWork).onSuccess(cells -> heat.setContent(
                heatPane(target, cells))).run(context.dialogs(), messages.get("dashboard.failed"));
        // only the chart of the target still selected: choosing A then B quickly never adds A's chart
        BackgroundTask.of(() -> model.cumulative(target, plan)).latest(cumulativeWork).onSuccess(points -> {
            ChartViewer line = new ChartViewer(ProgressCharts.cumulativeChart(
                    ProgressCharts.cumulativeDataset(points, messages), target, messages));
            Tab cumulative = new Tab(messages.get("dashboard.tab.cumulative"), line);
            cumulative.setUserData((Supplier<JFreeChart>) line::getChart);
            getTabs().add(cumulative);
            selectChosenTab();
        }).run(context.dialogs(), messages.get("dashboard.failed"));
        selectChosenTab();
    }

    /** Saves the chart of the tab shown as a PNG; says so when the tab shows no chart. */
    void exportPng() {
        if (selectedChart == null) {
            context.dialogs().info(messages.get("dashboard.chooseChart"));
            return;
        }
        Supplier<JFreeChart> chart = selectedChart;
        SaveFile.as(context, UiSettings.REPORT, "*.png", "bieu-do.png", file -> ChartFiles.writePng(chart.get(), file));
    }

    /** The met / missed grid with its title and legend; a click on a cell opens its records. */
    private javafx.scene.layout.Region heatPane(TargetProgress target, StateGrid.Cells cells) {
        StateGrid grid = new StateGrid(cells, PairGrids.look(messages),
                (u, b) -> PairHeatMap.tooltip(target, messages, b, u),
                (u, b) -> drillDown.accept(target.units().get(u), target.buckets().get(b)));
        grid.setId("dashboard-heat-grid");
        return grid.titled(messages.get("chart.heat.title", target.target().code()));
    }

    /** The tab the user chose last, once it exists (the cumulative chart comes a moment later). */
    private void selectChosenTab() {
        if (chosenTab < getTabs().size()) {
            getSelectionModel().select(chosenTab);
        }
    }
}
