package vn.dxoutreach.ui.reporting;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.DeadlineCompleteness;
import vn.dxoutreach.report.ProgressText;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.form.SaveFile;
import vn.dxoutreach.ui.form.StateGrid;
import vn.dxoutreach.ui.form.TableColumns;
import vn.dxoutreach.ui.form.TableExportAction;

/**
 * Tình hình báo cáo: for each child unit and month, whether its data arrived, on time or late, or is
 * missing — as a heat map and as a table — with reporting and on-time rates; for each of the plan's
 * report deadlines, whose data arrived by its due day; and the list of units to call before the next
 * deadline.
 */
public final class ReportingView extends BorderPane {

    /** The most height the per-deadline rate lines take before they scroll: about seven lines. */
    private static final double RATE_LINES_HEIGHT = 140;

    private final UiContext context;
    private final Messages messages;
    private final ReportingViewModel model;
    private final TableView<Completeness.Row> table = new TableView<>();
    private final TableView<DeadlineCompleteness.Row> reports = new TableView<>();
    private final ComboBox<Plan> plan;
    private final Tab chartTab = new Tab();
    private final Label rates = new Label();
    private final Label reportRates = new Label();
    private final Label missing = new Label();
    private ReportingViewModel.CallList callList;

    /** Both tables and the months' grid, worked out together off the FX thread. */
    private record Loaded(Completeness.Table months, StateGrid.Cells grid, DeadlineCompleteness.Table deadlines) {
    }

    public ReportingView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ReportingViewModel(context.store(), messages);
        setId("reporting-view");
        setPadding(new Insets(16));
        Label title = new Label(messages.get("reporting.nav"));
        title.getStyleClass().add("title-2");
        plan = Choices.of(model.plans(), p -> p.symbol() + " – " + p.title());
        plan.setId("reporting-plan");
        plan.setPrefWidth(360);
        model.defaultPlan().ifPresent(plan::setValue);
        plan.valueProperty().addListener((o, a, p) -> refresh());
        Spinner<Integer> dueDay = new Spinner<>(1, 28, model.dueDay());
        dueDay.setPrefWidth(90);
        dueDay.valueProperty().addListener((o, a, day) -> {
            model.setDueDay(day);
            refresh();
        });
        HBox settings = new HBox(10, new Label(messages.get("reporting.plan")), plan,
                new Label(messages.get("reporting.dueDay")), dueDay, new Label(messages.get("reporting.dueDay.hint")));
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.getChildren().forEach(n -> {
            if (n instanceof Label label) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        Label months = new Label(messages.get("reporting.months.note"));
        months.getStyleClass().add("text-muted");
        months.setWrapText(true);
        rates.getStyleClass().add("title-4");
        setTop(new VBox(8, title, settings, months, rates));
        table.setPlaceholder(new Label(messages.get("reporting.empty")));
        reports.setPlaceholder(new Label(messages.get("reporting.reports.empty")));
        reportRates.setWrapText(true);
        reportRates.setId("reporting-deadline-rates");
        // one line per deadline: the table below shrinks, never the lines
        reportRates.setMinHeight(Region.USE_PREF_SIZE);
        chartTab.setText(messages.get("reporting.tab.chart"));
        chartTab.setContent(new Label(messages.get("reporting.empty")));
        Tab tableTab = new Tab(messages.get("reporting.tab.table"), table);
        // a plan with monthly reports has two dozen lines a year: they scroll, the table keeps its room
        javafx.scene.control.ScrollPane rateLines = new javafx.scene.control.ScrollPane(reportRates);
        rateLines.setFitToWidth(true);
        rateLines.setMaxHeight(RATE_LINES_HEIGHT);
        rateLines.setMinHeight(Region.USE_PREF_SIZE);
        rateLines.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.min(RATE_LINES_HEIGHT,
                reportRates.heightProperty()));
        Tab reportsTab = new Tab(messages.get("reporting.tab.reports"), new VBox(6, rateLines, reports));
        VBox.setVgrow(reports, javafx.scene.layout.Priority.ALWAYS);
        TabPane tabs = new TabPane(chartTab, tableTab, reportsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        Button print = new Button(messages.get("reporting.print"));
        print.setId("reporting-print");
        print.setOnAction(e -> printList());
        missing.setWrapText(true);
        missing.setId("reporting-missing");
        VBox bottom = new VBox(8, missing, new HBox(10, print,
                TableExportAction.button(context, table, "tinh-hinh-bao-cao")));
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        // a package received, a unit or a deadline changed: the tables follow, the chosen plan kept
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, model::shows, this::refresh);
        refresh();
    }

    private void refresh() {
        Plan chosen = plan.getValue();
        BackgroundTask.of(() -> model.table().map(t -> new Loaded(t, StatusGrids.months(t),
                        model.deadlineTable(chosen).orElse(null))))
                .latest(this).onSuccess(result -> result.ifPresent(this::show))
                .run(context.dialogs(), messages.get("reporting.failed"));
    }

    private void show(Loaded loaded) {
        Completeness.Table result = loaded.months();
        table.getColumns().clear();
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.unit"), r -> r.unit().name(), 200));
        for (int i = 0; i < result.months().size(); i++) {
            int index = i;
            table.getColumns().add(StatusColumns.of(StatusGrids.monthLabel(result.months().get(i)), 70,
                    r -> r.months().get(index), r -> r.arrivals().get(index), model.grids(), messages));
        }
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.rate"),
                r -> ProgressText.percent(r.reportingRate()), 90));
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.onTime"),
                r -> ProgressText.percent(r.onTimeRate()), 90));
        table.getItems().setAll(result.rows());
        rates.setText(messages.get("reporting.rates", ProgressText.percent(result.reportingRate()), result.received(),
                result.expected(), ProgressText.percent(result.onTimeRate())));
        chartTab.setContent(result.rows().isEmpty() ? new Label(messages.get("reporting.empty"))
                : monthGrid(result, loaded.grid()));
        showReports(loaded.deadlines());
        callList = model.callList(result, loaded.deadlines());
        List<Unit> toCall = callList.units();
        missing.setText(toCall.isEmpty() ? messages.get("reporting.call.none", callList.period())
                : messages.get("reporting.call.some", callList.period(), toCall.size(),
                        String.join(", ", toCall.stream().map(Unit::name).toList())));
    }

    /** Units × months, drawn on a canvas; the words of a month only for the one under the mouse. */
    private Region monthGrid(Completeness.Table result, StateGrid.Cells cells) {
        StateGrid grid = new StateGrid(cells, model.grids().look(),
                (unit, month) -> model.grids().cell(result, unit, month));
        grid.setId("reporting-heat-grid");
        return grid.titled(messages.get("reporting.heat.title"));
    }

    private void showReports(DeadlineCompleteness.Table deadlines) {
        reports.getColumns().clear();
        reports.getItems().clear();
        if (deadlines == null) {
            reportRates.setText("");
            return;
        }
        reports.getColumns().add(TableColumns.of(messages.get("reporting.col.unit"), r -> r.unit().name(), 200));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < deadlines.deadlines().size(); i++) {
            int index = i;
            ReportDeadline d = deadlines.deadlines().get(i);
            reports.getColumns().add(StatusColumns.of(messages.get("reporting.reports.column", d.title(messages),
                    Formats.date(d.due())), 185, r -> r.reports().get(index), r -> r.arrivals().get(index),
                    model.grids(), messages));
            lines.append(lines.length() == 0 ? "" : "\n").append(messages.get("reporting.reports.rate",
                    d.title(messages), Formats.date(d.due()), ProgressText.percent(deadlines.reportingRate(i)),
                    deadlines.received().get(i), deadlines.expected().get(i),
                    ProgressText.percent(deadlines.onTimeRate(i))));
        }
        reports.getItems().setAll(deadlines.rows());
        reportRates.setText(lines.toString());
    }

    private void printList() {
        if (callList == null) {
            return;
        }
        ReportingViewModel.CallList list = callList;
        SaveFile.as(context, vn.dxoutreach.ui.UiSettings.REPORT, "*.pdf", "chua-bao-cao-" + Formats.fileName(list.period()) + ".pdf",
                file -> model.printCallList(file, list));
    }
}
