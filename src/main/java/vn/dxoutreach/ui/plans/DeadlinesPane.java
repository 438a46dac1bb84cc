package vn.dxoutreach.ui.plans;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.TableColumns;
import vn.dxoutreach.ui.form.TableExportAction;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** Hạn báo cáo of the chosen plan: the list, and adding, editing and deleting a deadline in a dialog. */
final class DeadlinesPane extends VBox {

    private final UiContext context;
    private final Messages messages;
    private final PlansViewModel model;
    private final DeadlineFormViewModel form;
    private final TableView<ReportDeadline> table = new TableView<>();
    private final Label recurring = new Label();
    private Integer monthlyDueDay;
    private Integer quarterlyDueDay;
    private Plan plan;

    DeadlinesPane(UiContext context, PlansViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
        this.form = new DeadlineFormViewModel(context.store(), messages);
        setId("plan-deadlines");
        setSpacing(4);
        LocalDate today = LocalDate.now(context.clock());
        table.getColumns().add(TableColumns.of(messages.get("deadlines.col.name"), d -> d.title(messages), 190));
        table.getColumns().add(TableColumns.of(messages.get("deadlines.col.due"), d -> Formats.date(d.due()), 90));
        table.getColumns().add(TableColumns.of(messages.get("deadlines.col.state"), d -> state(d, today), 130));
        table.getColumns().add(TableColumns.of(messages.get("deadlines.col.period"), d -> messages.get("plans.period",
                Formats.date(d.periodFrom()), Formats.date(d.periodTo())), 170));

        table.getStyleClass().add(Styles.DENSE);
        table.setPrefHeight(230);
        table.setPlaceholder(new Label(messages.get("deadlines.empty")));
        table.setRowFactory(t -> {
            TableRow<ReportDeadline> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        Button add = new Button(messages.get("deadlines.new"));
        add.setId("deadline-new");
        add.setOnAction(e -> edit(null));
        Button change = new Button(messages.get("deadlines.edit"));
        change.setId("deadline-edit");
        change.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        change.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(messages.get("deadlines.delete"));
        delete.setId("deadline-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete(table.getSelectionModel().getSelectedItem()));
        Button recurringButton = new Button(messages.get("deadlines.recurring.button"));
        recurringButton.setId("deadline-recurring");
        recurringButton.setOnAction(e -> editRecurring());
        recurring.setId("deadline-recurring-summary");
        Label title = new Label(messages.get("deadlines.title"));
        title.getStyleClass().add(FormGrid.SECTION_STYLE);
        Label hint = new Label(messages.get("deadlines.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        recurring.setWrapText(true);
        recurringButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox recurringLine = new javafx.scene.layout.HBox(8, recurring, recurringButton);
        recurringLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(recurring, javafx.scene.layout.Priority.ALWAYS);
        getChildren().setAll(title, hint, recurringLine, new ToolBar(add, change, delete,
                TableExportAction.button(context, table, "han-bao-cao")), table);
    }

    /** Shows the plan's deadlines (read off the FX thread); none for no plan. */
    void show(Plan chosen) {
        show(chosen, null);
    }

    private void show(Plan chosen, java.util.UUID select) {
        plan = chosen;
        setVisible(plan != null);
        setManaged(plan != null);
        ReportDeadline selected = select != null ? null : table.getSelectionModel().getSelectedItem();
        java.util.UUID keep = select != null ? select : selected == null ? null : selected.id();
        BackgroundTask.of(() -> new Shown(model.deadlines(chosen), chosen == null ? null
                : model.recurringDueDay(chosen, ReportType.MONTHLY), chosen == null ? null
                : model.recurringDueDay(chosen, ReportType.QUARTERLY))).latest(this).onSuccess(shown -> {
            List<ReportDeadline> rows = shown.rows();
            monthlyDueDay = shown.monthlyDueDay();
            quarterlyDueDay = shown.quarterlyDueDay();
            recurring.setText(model.recurringSummary(monthlyDueDay, quarterlyDueDay));
            table.getItems().setAll(rows);
            rows.stream().filter(d -> d.id().equals(keep)).findFirst().ifPresent(table.getSelectionModel()::select);
        }).run(context.dialogs(), messages.get("dialog.error.unexpected"));
    }

    /** What the pane shows of a plan: its deadlines and its monthly and quarterly due days. */
    private record Shown(List<ReportDeadline> rows, Integer monthlyDueDay, Integer quarterlyDueDay) {
    }

    /** Switches the plan's monthly and quarterly reports on or off, with the day each is due. */
    private void editRecurring() {
        if (plan == null) {
            return;
        }
        RecurringReportsForm recurringForm = new RecurringReportsForm(messages, monthlyDueDay, quarterlyDueDay);
        if (!context.dialogs().form(messages.get("deadlines.recurring.title"), recurringForm.content(), () -> true)) {
            return;
        }
        Plan chosen = plan;
        Integer monthly = recurringForm.monthlyDueDay();
        Integer quarterly = recurringForm.quarterlyDueDay();
        BackgroundTask.of(() -> {
            model.setRecurring(chosen, monthly, quarterly);
            return null;
        }).onSuccess(done -> show(chosen)).run(context.dialogs(), messages.get("dialog.error.unexpected"));
    }

    TableView<ReportDeadline> table() {
        return table;
    }

    private String state(ReportDeadline d, LocalDate today) {
        if (d.isSubmitted()) {
            return messages.get("deadlines.state.sent", Formats.date(d.submittedOn()));
        }
        if (d.isOverdue(today)) {
            return messages.get("deadlines.state.overdue");
        }
        return messages.get("deadlines.state.left", d.daysLeft(today));
    }

    private void edit(ReportDeadline deadline) {
        if (plan == null) {
            return;
        }
        if (deadline == null) {
            form.startNew(plan);
        } else {
            form.startEdit(plan, deadline);
        }
        ValidationDecorations errors = new ValidationDecorations();
        FormGrid grid = new FormGrid(errors);
        grid.text(DeadlineFormViewModel.NAME, messages.get("deadlines.form.name"), form.nameProperty())
                .setPromptText(form.standardName());
        String prompt = messages.get("form.datePrompt");
        grid.text(DeadlineFormViewModel.PERIOD_FROM, messages.get("deadlines.form.periodFrom"),
                form.periodFromProperty()).setPromptText(prompt);
        grid.text(DeadlineFormViewModel.PERIOD_TO, messages.get("deadlines.form.periodTo"),
                form.periodToProperty()).setPromptText(prompt);
        grid.text(DeadlineFormViewModel.DUE, messages.get("deadlines.form.due"), form.dueProperty())
                .setPromptText(prompt);
        grid.text(DeadlineFormViewModel.SUBMITTED_ON, messages.get("deadlines.form.submittedOn"),
                form.submittedOnProperty()).setPromptText(messages.get("deadlines.form.submittedHint"));
        grid.summary();
        grid.setPrefWidth(520);
        String title = deadline == null ? messages.get("deadlines.form.new")
                : messages.get("deadlines.form.edit", deadline.title(messages));
        boolean valid = context.dialogs().form(title, grid, () -> {
            FieldErrors found = form.validate();
            errors.show(found);
            return found.isEmpty();
        });
        if (valid) {
            BackgroundTask.of(form::save).onSuccess(found -> show(plan, form.current().map(ReportDeadline::id)
                    .orElse(null))).run(context.dialogs(), messages.get("dialog.error.unexpected"));
        }
    }

    private void delete(ReportDeadline deadline) {
        if (context.dialogs().confirm(messages.get("deadlines.confirmDelete", deadline.title(messages),
                Formats.date(deadline.due())))) {
            BackgroundTask.of(() -> {
                model.delete(deadline);
                return null;
            }).onSuccess(done -> show(plan)).run(context.dialogs(), messages.get("dialog.error.unexpected"));
        }
    }
}
