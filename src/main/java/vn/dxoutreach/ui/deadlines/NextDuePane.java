package vn.dxoutreach.ui.deadlines;

import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.DueReport;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * A compact panel of the reports due next: one line each, opened for the units with nothing
 * recorded in the report's period and the targets behind, and a button to mark the report sent.
 */
public final class NextDuePane extends VBox {

    /** Style class of an overdue report's line. */
    public static final String OVERDUE_STYLE = "due-overdue";

    private final UiContext context;
    private final Messages messages;
    private final NextDueViewModel model;
    private final Supplier<Plan> plan;
    private final VBox lines = new VBox(1);

    public NextDuePane(UiContext context, NextDueViewModel model, Supplier<Plan> plan) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.plan = plan;
        setId("next-due");
        getStyleClass().add("next-due");
        setSpacing(2);
        Label title = new Label(messages.get("due.title"));
        title.getStyleClass().add("next-due-heading");
        getChildren().setAll(title, lines);
        // a report marked sent, a deadline changed, records saved: the lines follow wherever they are shown
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, model::shows, this::refresh);
    }

    /** Recomputes for the plan now chosen, off the FX thread. */
    public void refresh() {
        Plan chosen = plan.get();
        lines.getChildren().setAll(new Label(messages.get("due.loading")));
        BackgroundTask.of(() -> model.due(chosen)).latest(this).onSuccess(this::show)
                .run(context.dialogs(), messages.get("due.failed"));
    }

    /**
     * The latest overdue report and the next ones due, one line each; older overdue reports (an
     * office new to the application has the plan's whole past) wait folded in one line below.
     */
    private void show(List<DueReport> reports) {
        lines.getChildren().clear();
        if (reports.isEmpty()) {
            lines.getChildren().add(new Label(messages.get("due.none")));
            return;
        }
        List<DueReport> overdue = reports.stream().filter(DueReport::overdue).toList();
        List<DueReport> older = overdue.isEmpty() ? List.of() : overdue.subList(0, overdue.size() - 1);
        for (DueReport report : reports) {
            if (!older.contains(report)) {
                lines.getChildren().add(line(report));
            }
        }
        if (!older.isEmpty()) {
            lines.getChildren().add(olderOverdue(older));
        }
    }

    private TitledPane olderOverdue(List<DueReport> older) {
        VBox body = new VBox(1);
        older.forEach(report -> body.getChildren().add(line(report)));
        Button all = new Button(messages.get("due.markAllSubmitted"));
        all.setOnAction(e -> {
            if (context.dialogs().confirm(messages.get("due.confirmAllSubmitted", older.size()))) {
                BackgroundTask.of(() -> {
                    older.forEach(model::markSubmitted);
                    return null;
                }).onSuccess(done -> refresh()).run(context.dialogs(), messages.get("due.failed"));
            }
        });
        body.getChildren().add(new HBox(all));
        TitledPane pane = new TitledPane(messages.get("due.olderOverdue", older.size()), body);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add(OVERDUE_STYLE);
        return pane;
    }

    private TitledPane line(DueReport report) {
        VBox body = new VBox(6);
        body.setPadding(new Insets(4, 8, 4, 8));
        if (report.started()) {
            body.getChildren().add(list(model.idleHeading(report), model.idleLines(report),
                    messages.get("due.noneIdle")));
            body.getChildren().add(list(messages.get("due.behindHeading"), model.behindLines(report),
                    messages.get("due.noneBehind")));
        }
        Button sent = new Button(messages.get("due.markSubmitted"));
        sent.setOnAction(e -> {
            if (context.dialogs().confirm(messages.get("due.confirmSubmitted",
                    report.deadline().title(messages)))) {
                BackgroundTask.of(() -> {
                    model.markSubmitted(report);
                    return null;
                }).onSuccess(done -> refresh()).run(context.dialogs(), messages.get("due.failed"));
            }
        });
        body.getChildren().add(new HBox(sent));
        String summary = model.summary(report);
        TitledPane pane = new TitledPane(summary, body);
        // a long line must not widen the screen: it is cut with "…" and told whole in its tooltip
        pane.setMinWidth(0);
        pane.setPrefWidth(1);
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setTooltip(new javafx.scene.control.Tooltip(summary));
        pane.setExpanded(false);
        pane.setAnimated(false);
        if (report.overdue()) {
            pane.getStyleClass().add(OVERDUE_STYLE);
        }
        return pane;
    }

    private VBox list(String heading, List<String> items, String none) {
        Label title = new Label(heading);
        title.setStyle("-fx-font-weight: bold;");
        if (items.isEmpty()) {
            return new VBox(2, title, new Label(none));
        }
        ListView<String> view = new ListView<>();
        view.getItems().setAll(items);
        view.setPrefHeight(Math.min(6, items.size()) * 26 + 4);
        VBox.setVgrow(view, Priority.NEVER);
        return new VBox(2, title, view);
    }
}
