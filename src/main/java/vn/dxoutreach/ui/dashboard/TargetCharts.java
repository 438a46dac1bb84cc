package vn.dxoutreach.ui.dashboard;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
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
 * met / missed grid and the cumulative line. The charts come after the figures; the grid's states and
 * the cumulative series are worked out off the FX thread when their tab is first shown. The tab the
 * user chose is kept when the figures are computed again.
 */
final class TargetCharts extends TabPane {

    private final UiContext context;
    private final Messages messages;
    private final DashboardViewModel model;
    private final BiConsumer<UnitProgress, Bucket> drillDown;
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
            cancelWork();
        }
    }

    private void cancelWork() {
        TaskRunner.background().cancel(cumulativeWork);
        TaskRunner.background().cancel(heatWork);
    }

    /**
     * The target's charts, in place of the last target's. The met / missed grid and the cumulative line
     * (a read of every day of the window) are worked out the first time their tab is shown: a target
     * looked at only in its table and bars costs neither.
     */
    void show(TargetProgress target, Plan plan) {
        cancelWork();
        Tab bars = new Tab(messages.get("dashboard.tab.bars"), new UnitBars(new UnitBarsWindow(target, messages)));
        // printed and saved whole, not the rows on screen
        bars.setUserData((Supplier<JFreeChart>) () -> ProgressCharts.unitChart(ProgressCharts.unitDataset(target,
                messages), target, messages));
        Tab heat = new Tab(messages.get("dashboard.tab.heat"));
        // printed and saved as the chart, built only then
        heat.setUserData((Supplier<JFreeChart>) () -> PairHeatMap.createChart(
                PairHeatMap.createDataset(target), target, messages));
        loadOnFirstView(heat, heatWork, () -> PairGrids.cells(target), cells -> heatPane(target, cells));
        Tab cumulative = new Tab(messages.get("dashboard.tab.cumulative"));
        loadOnFirstView(cumulative, cumulativeWork, () -> model.cumulative(target, plan), points -> {
            ChartViewer line = new ChartViewer(ProgressCharts.cumulativeChart(
                    ProgressCharts.cumulativeDataset(points, messages), target, messages));
            cumulative.setUserData((Supplier<JFreeChart>) line::getChart);
            return line;
        });
        rebuilding = true;
        getTabs().retainAll(getTabs().get(0));
        getTabs().addAll(bars, heat, cumulative);
        rebuilding = false;
        selectChosenTab();
    }

    /**
     * The tab says it is loading until it is first shown; then its content is worked out off the FX
     * thread. Only the target still shown gets its content: its work cancels the last target's.
     */
    private <T> void loadOnFirstView(Tab tab, Object work, Callable<T> load, Function<T, Node> content) {
        tab.setContent(new Label(messages.get("dashboard.loading")));
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    BackgroundTask.of(load).latest(work).onSuccess(value -> tab.setContent(content.apply(value)))
                            .run(context.dialogs(), messages.get("dashboard.failed"));
                }
            }
        });
    }

    /** Saves the chart of the tab shown as a PNG; says so when the tab shows no chart. */
    void exportPng() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab == null || !(tab.getUserData() instanceof Supplier<?> made)) {
            // a chart tab without its chart yet is still loading
            boolean loading = tab != null && getTabs().indexOf(tab) > 0;
            context.dialogs().info(messages.get(loading ? "dashboard.chartLoading" : "dashboard.chooseChart"));
            return;
        }
        Supplier<JFreeChart> chart = () -> (JFreeChart) made.get();
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

    /** The tab the user chose last. */
    private void selectChosenTab() {
        if (chosenTab < getTabs().size()) {
            getSelectionModel().select(chosenTab);
        }
    }
}
