package vn.dxoutreach.ui.reporting;

import java.time.YearMonth;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.MonthStatus;
import vn.dxoutreach.report.ProgressText;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.TableColumns;

/**
 * Tình hình báo cáo: for each child unit and month, whether its data arrived, on time or late, or is
 * missing — coloured and labelled like a heat map — with reporting and on-time rates, and the list
 * of units still to call for the current period.
 */
public final class ReportingView extends BorderPane {

    private final UiContext context;
    private final Messages messages;
    private final ReportingViewModel model;
    private final TableView<Completeness.Row> table = new TableView<>();
    private final Label rates = new Label();
    private final Label missing = new Label();
    private Completeness.Table shown;

    public ReportingView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ReportingViewModel(context.store(), messages);
        setId("reporting-view");
        setPadding(new Insets(16));
        Label title = new Label(messages.get("reporting.nav"));
        title.getStyleClass().add("title-2");
        Spinner<Integer> dueDay = new Spinner<>(1, 28, model.dueDay());
        dueDay.setPrefWidth(90);
        dueDay.valueProperty().addListener((o, a, day) -> {
            model.setDueDay(day);
            refresh();
        });
        HBox settings = new HBox(10, new Label(messages.get("reporting.dueDay")), dueDay,
                new Label(messages.get("reporting.dueDay.hint")));
        settings.setAlignment(Pos.CENTER_LEFT);
        rates.getStyleClass().add("title-4");
        setTop(new VBox(8, title, settings, rates));
        table.setPlaceholder(new Label(messages.get("reporting.empty")));
        setCenter(table);
        Button print = new Button(messages.get("reporting.print"));
        print.setOnAction(e -> printList());
        missing.setWrapText(true);
        VBox bottom = new VBox(8, missing, new HBox(10, print,
                vn.dxoutreach.ui.form.TableExportAction.button(context, table, "tinh-hinh-bao-cao")));
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
        refresh();
    }

    private void refresh() {
        BackgroundTask.of(model::table).onSuccess(result -> result.ifPresent(this::show))
                .run(context.dialogs(), messages.get("reporting.failed"));
    }

    private void show(Completeness.Table result) {
        shown = result;
        table.getColumns().clear();
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.unit"), r -> r.unit().name(), 200));
        for (int i = 0; i < result.months().size(); i++) {
            table.getColumns().add(monthColumn(result.months().get(i), i));
        }
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.rate"),
                r -> ProgressText.percent(r.reportingRate()), 90));
        table.getColumns().add(TableColumns.of(messages.get("reporting.col.onTime"),
                r -> ProgressText.percent(r.onTimeRate()), 90));
        table.getItems().setAll(result.rows());
        rates.setText(messages.get("reporting.rates", ProgressText.percent(result.reportingRate()), result.received(),
                result.expected(), ProgressText.percent(result.onTimeRate())));
        YearMonth period = model.currentPeriod();
        List<Unit> notReported = result.notReported(period);
        missing.setText(notReported.isEmpty()
                ? messages.get("reporting.allIn", period.getMonthValue(), String.valueOf(period.getYear()))
                : messages.get("reporting.notIn", period.getMonthValue(), String.valueOf(period.getYear()), notReported.size(),
                        String.join(", ", notReported.stream().map(Unit::name).toList())));
    }

    private TableColumn<Completeness.Row, MonthStatus> monthColumn(YearMonth month, int index) {
        TableColumn<Completeness.Row, MonthStatus> column = new TableColumn<>(
                String.format("%02d/%02d", month.getMonthValue(), month.getYear() % 100));
        column.setPrefWidth(70);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().months().get(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MonthStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty || status == null ? null : messages.get(shortKey(status)));
                setStyle(empty || status == null ? "" : "-fx-alignment: center; -fx-background-color: "
                        + colour(status) + ";");
                setTooltip(empty || status == null ? null : new javafx.scene.control.Tooltip(messages.label(status)));
            }
        });
        return column;
    }

    private static String shortKey(MonthStatus status) {
        return switch (status) {
            case ON_TIME -> "reporting.short.onTime";
            case LATE -> "reporting.short.late";
            case MISSING -> "reporting.short.missing";
            case NOT_DUE -> "reporting.short.notDue";
            case NOT_EXPECTED -> "reporting.short.notExpected";
        };
    }

    private static String colour(MonthStatus status) {
        return switch (status) {
            case ON_TIME -> "#2da44e";
            case LATE -> "#d4a72c";
            case MISSING -> "#ff8182";
            case NOT_DUE -> "#eaeef2";
            case NOT_EXPECTED -> "#ffffff";
        };
    }

    private void printList() {
        if (shown == null) {
            return;
        }
        YearMonth period = model.currentPeriod();
        List<Unit> units = shown.notReported(period);
        vn.dxoutreach.ui.form.SaveFile.as(context, "*.pdf", "chua-bao-cao-" + period + ".pdf",
                file -> model.printNotReported(file, units, period));
    }
}
