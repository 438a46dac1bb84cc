package vn.dxoutreach.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.Bucket;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressStatus;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.report.ProgressText;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.SaveFile;
import vn.dxoutreach.ui.form.TableColumns;

/**
 * Tổng quan: for every target of a plan, as of a day, how the units stand; the selected target's
 * charts with drill-down to the records behind a number; print and export.
 */
public final class DashboardView extends BorderPane {

    /** The deadline lines never take more than this; they scroll beyond it. */
    private static final double DUE_MAX_HEIGHT = 150;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DashboardView.class.getName());

    private final UiContext context;
    private final Messages messages;
    private final DashboardViewModel model;
    private final ComboBox<Plan> planPicker = new org.controlsfx.control.SearchableComboBox<>();
    private final DatePicker asOf = vn.dxoutreach.ui.form.DayMonthYear.of(new DatePicker());
    private final TableView<TargetProgress> targets = new TableView<>();
    private final TableView<UnitProgress> units = new TableView<>();
    private final TargetCharts charts;
    private final Label status = new Label();
    private final vn.dxoutreach.ui.deadlines.NextDuePane due;
    private final StartChecklistPane checklist;
    private PlanProgress shown;
    private boolean settingPlans;
    /** Keys of this screen's "latest wins" work: a late answer for an older choice never shows. */
    private final Object plansWork = new Object();
    private final Object evaluationWork = new Object();

    public DashboardView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new DashboardViewModel(context.store(), context.clock(), messages);
        this.due = new vn.dxoutreach.ui.deadlines.NextDuePane(context, model.nextDue(), planPicker::getValue);
        this.checklist = new StartChecklistPane(context);
        this.charts = new TargetCharts(context, model, units, this::drillDown);
        // the screen is kept while others are open: the steps are read again each time it is shown
        parentProperty().addListener((o, old, parent) -> {
            if (parent != null) {
                checklist.refresh();
            }
        });
        setId("dashboard-view");
        setPadding(new Insets(16));
        setTop(toolbar());
        // the deadline lines live above the targets, inside the upper part: opening one never
        // takes the chart's room; the user moves the divider, and it stays where it was left
        SplitPane split = new SplitPane(upperPart(), details());
        split.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        context.remembered().divider(split, "dashboard", 0.45);
        setCenter(split);
        asOf.setValue(model.today());
        planPicker.valueProperty().addListener((o, a, b) -> {
            if (!settingPlans) {
                refresh();
                due.refresh();
            }
        });
        asOf.valueProperty().addListener((o, a, b) -> refresh());
        // a record saved, a plan made or a package received anywhere: the figures, the plans and the
        // deadline lines are computed again, the chosen plan, target and chart tab kept
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, model::shows, this::reloadPlans);
        reloadPlans();
    }

    /**
     * Reads the plans off the FX thread, keeps the chosen one (else the current one), and in the same
     * trip the figures of the plan that will be shown: they do not wait for the window's first layout.
     */
    private void reloadPlans() {
        Plan chosen = planPicker.getValue();
        LocalDate day = asOf.getValue();
        long started = System.nanoTime();
        loading();
        BackgroundTask.of(() -> {
            var plans = new DashboardViewModel.Plans(model.plans(), model.defaultPlan());
            Plan shownPlan = plans.sameAs(chosen).orElse(null);
            return new Loaded(plans, shownPlan == null || day == null ? null : model.evaluate(shownPlan, day));
        }).latest(plansWork).onSuccess(loaded -> {
            settingPlans = true;
            planPicker.getItems().setAll(loaded.plans().all());
            planPicker.setValue(loaded.plans().sameAs(chosen).orElse(null));
            settingPlans = false;
            if (loaded.progress() != null && loaded.progress().plan().equals(planPicker.getValue())
                    && loaded.progress().asOf().equals(asOf.getValue())) {
                show(loaded.progress(), started);
            } else {
                refresh();
            }
            due.refresh();
        }).run(context.dialogs(), messages.get("dashboard.failed"));
    }

    /** The plans read, and the figures of the one to show as of the day (null when there is none). */
    private record Loaded(DashboardViewModel.Plans plans, PlanProgress progress) {
    }

    private Region toolbar() {
        Label title = new Label(messages.get("nav.dashboard"));
        title.getStyleClass().add("title-2");
        planPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Plan plan) {
                return plan == null ? "" : plan.symbol() + " – " + plan.title();
            }

            @Override
            public Plan fromString(String text) {
                return null;
            }
        });
        planPicker.setPrefWidth(420);
        planPicker.setMinWidth(160);
        planPicker.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(planPicker, Priority.SOMETIMES);
        planPicker.setId("dashboard-plan");
        asOf.setId("dashboard-as-of");
        asOf.setPrefWidth(140);
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // one line for the title, the pickers and the whole plan's documents: the rows below get the height
        HBox heading = new HBox(10, fixed(title), fixed(new Label(messages.get("dashboard.plan"))), planPicker,
                fixed(new Label(messages.get("dashboard.asOf"))), asOf, grow,
                fixed(new Label(messages.get("dashboard.wholePlan"))),
                button("dashboard.printPlan", "dashboard-print-plan", () -> document(true, Output.PRINT)),
                button("dashboard.exportPlan", "dashboard-pdf-plan", () -> document(true, Output.PDF)),
                button("dashboard.pngPlan", "dashboard-png-plan", () -> document(true, Output.PNG)));
        heading.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(8, checklist, heading);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    /** The reports due (scrolling when several lines are open) above the table of targets. */
    private Region upperPart() {
        javafx.scene.control.ScrollPane dueScroll = new javafx.scene.control.ScrollPane(due);
        dueScroll.setFitToWidth(true);
        dueScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        dueScroll.setMaxHeight(DUE_MAX_HEIGHT);
        dueScroll.getStyleClass().add("edge-to-edge");
        BorderPane upper = new BorderPane(targetTable());
        upper.setTop(dueScroll);
        BorderPane.setMargin(dueScroll, new Insets(0, 0, 6, 0));
        upper.setMinHeight(0);
        return upper;
    }

    private Region targetTable() {
        TableColumn<TargetProgress, String> statusColumn = TableColumns.of(messages.get("dashboard.col.status"),
                t -> messages.label(t.status()), 170);
        statusColumn.setCellFactory(column -> new StatusCell());
        targets.getColumns().setAll(List.of(
                TableColumns.of(messages.get("dashboard.col.code"), t -> t.target().code(), 70),
                TableColumns.of(messages.get("dashboard.col.target"), t -> t.target().name(), 360),
                TableColumns.of(messages.get("dashboard.col.attainment"), model::attainment, 110),
                TableColumns.of(messages.get("dashboard.col.compliant"), t -> ProgressText.compliant(messages, t), 170),
                TableColumns.of(messages.get("dashboard.col.current"), ProgressText::current, 140),
                statusColumn));
        targets.setPlaceholder(new Label(messages.get("dashboard.noTargets")));
        targets.setId("dashboard-targets");
        targets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        targets.getSelectionModel().selectedItemProperty().addListener((o, a, target) -> showTarget(target));
        HBox footer = new HBox(10, status, vn.dxoutreach.ui.form.TableExportAction.button(context, targets,
                "tien-do-chi-tieu"));
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 0, 4, 0));
        targets.setMinHeight(80);
        BorderPane part = new BorderPane(targets, null, null, footer, null);
        part.setMinHeight(0);
        return part;
    }

    private Region details() {
        units.getColumns().setAll(List.of(
                TableColumns.of(messages.get("dashboard.col.unit"), u -> u.unit().name(), 240),
                TableColumns.of(messages.get("dashboard.col.closed"), u -> Formats.number(u.closedBuckets()), 120),
                TableColumns.of(messages.get("dashboard.col.met"), u -> Formats.number(u.metBuckets()), 100),
                TableColumns.of(messages.get("dashboard.col.total"), u -> Formats.number(u.total()), 110),
                TableColumns.of(messages.get("dashboard.col.current"), u -> ProgressText.percent(u.currentProgress()),
                        140),
                TableColumns.of(messages.get("dashboard.col.behind"), u -> ProgressText.assessment(messages,
                        targets.getSelectionModel().getSelectedItem(), u), 140)));
        units.setPlaceholder(new Label(messages.get("dashboard.chooseTarget")));
        units.setRowFactory(table -> {
            TableRow<UnitProgress> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    drillDown(row.getItem(), null);
                }
            });
            return row;
        });
        Button print = button("dashboard.printTarget", "dashboard-print-target", () -> document(false, Output.PRINT));
        Button exportPdf = button("dashboard.exportTarget", "dashboard-pdf-target", () -> document(false, Output.PDF));
        Button exportPng = button("dashboard.pngTarget", "dashboard-png-target", () -> document(false, Output.PNG));
        Button chartPng = button("dashboard.exportPng", "dashboard-png-chart", charts::exportPng);
        // the hint takes what is left of the buttons' line, on two lines if it must, told whole in its tooltip
        Label hint = new Label(messages.get("dashboard.drillHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setTooltip(new javafx.scene.control.Tooltip(messages.get("dashboard.drillHint")));
        HBox.setHgrow(hint, Priority.ALWAYS);
        Button tableExport = fixed(vn.dxoutreach.ui.form.TableExportAction.button(context, units, "tien-do-don-vi"));
        HBox actions = new HBox(10, fixed(new Label(messages.get("dashboard.selectedTarget"))), print, exportPdf,
                exportPng, chartPng, tableExport, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(8, 0, 0, 0));
        BorderPane part = new BorderPane(charts, null, null, actions, null);
        part.setMinHeight(0);
        return part;
    }

    private void refresh() {
        Plan plan = planPicker.getValue();
        LocalDate day = asOf.getValue();
        if (plan == null || day == null) {
            targets.getItems().clear();
            context.figuresShown();
            return;
        }
        loading();
        long started = System.nanoTime();
        BackgroundTask.of(() -> model.evaluate(plan, day)).latest(evaluationWork)
                .onSuccess(progress -> show(progress, started))
                .run(context.dialogs(), messages.get("dashboard.failed"));
    }

    private void loading() {
        status.setText(messages.get("dashboard.loading"));
        // while the figures are worked out the table is empty: it says so, not that there are no targets
        targets.setPlaceholder(new Label(messages.get("dashboard.loading")));
    }

    /** The figures evaluated, the target chosen before kept chosen (else the first). */
    private void show(PlanProgress progress, long started) {
        TargetProgress selected = targets.getSelectionModel().getSelectedItem();
        shown = progress;
        targets.setPlaceholder(new Label(messages.get("dashboard.noTargets")));
        targets.getItems().setAll(progress.targets());
        status.setText(messages.get("dashboard.evaluated", progress.targets().size()));
        context.figuresShown();
        LOG.fine(() -> "Dashboard evaluated " + progress.targets().size() + " targets in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        if (selected != null) {
            progress.targets().stream().filter(t -> t.target().id().equals(selected.target().id())).findFirst()
                    .ifPresent(targets.getSelectionModel()::select);
        } else if (!progress.targets().isEmpty()) {
            targets.getSelectionModel().selectFirst();
        }
    }

    private void showTarget(TargetProgress target) {
        charts.clear(target != null);
        if (target == null) {
            units.getItems().clear();
            return;
        }
        units.getItems().setAll(target.units());
        // the figures are painted first; the charts, the slower part, are built right after
        context.afterNextLayout(() -> {
            if (targets.getSelectionModel().getSelectedItem() == target) {
                charts.show(target, shown.plan());
            }
        });
    }

    /** The records behind a unit's number: in one bucket, or over the window up to the "as of" day. */
    private void drillDown(UnitProgress unit, Bucket bucket) {
        TargetProgress target = targets.getSelectionModel().getSelectedItem();
        if (target == null) {
            return;
        }
        LocalDate from = bucket != null ? bucket.from() : target.windowFrom();
        LocalDate to = bucket != null ? bucket.to()
                : target.asOf().isBefore(target.windowTo()) ? target.asOf() : target.windowTo();
        String heading = messages.get("dashboard.drill.heading", target.target().code(), unit.unit().name(),
                Formats.date(from), Formats.date(to));
        BackgroundTask.of(() -> model.activities(target, shown.plan(), unit.unit(), from, to))
                .onSuccess(list -> DrillDown.show(context, heading, list, a -> model.unitName(a.unitId())))
                .run(context.dialogs(), messages.get("dashboard.failed"));
    }

    /** What a document button makes of the pages. */
    private enum Output {
        PRINT, PDF, PNG
    }

    /**
     * The selected target's document, or the whole dashboard's, printed or saved; the pages are
     * built off the FX thread, and the PDF, the PNG and the printout are the same drawing.
     */
    private void document(boolean wholePlan, Output output) {
        TargetProgress target = targets.getSelectionModel().getSelectedItem();
        if (shown == null || !wholePlan && target == null) {
            context.dialogs().info(messages.get("dashboard.chooseTarget"));
            return;
        }
        PlanProgress progress = shown;
        String name = wholePlan ? progress.plan().symbol().replace('/', '-') : target.target().code();
        java.util.concurrent.Callable<PageSet> pages = () -> wholePlan ? model.planDocument(progress)
                : model.targetDocument(progress.plan(), target);
        switch (output) {
            case PDF -> SaveFile.as(context, vn.dxoutreach.ui.UiSettings.REPORT, "*.pdf", name + ".pdf", file -> model.writePdf(pages.call(), file));
            case PNG -> SaveFile.as(context, vn.dxoutreach.ui.UiSettings.REPORT, "*.png", name + ".png", file -> model.writePng(pages.call(), file));
            case PRINT -> BackgroundTask.of(() -> model.print(pages.call(), name)).onSuccess(outcome -> {
                switch (outcome) {
                    case NO_PRINTER -> context.dialogs().info(messages.get("dashboard.noPrinter"));
                    case PRINTED -> context.dialogs().info(messages.get("dashboard.printed", name));
                    case CANCELLED -> {
                        // the user closed the print dialog: nothing to say
                    }
                }
            }).run(context.dialogs(), messages.get("dashboard.printFailed"));
        }
    }

    private Button button(String key, String id, Runnable action) {
        Button button = fixed(new Button(messages.get(key)));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Never narrower than its text: a cut-off "Xuất P…" helps nobody. */
    private static <T extends Region> T fixed(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    /** The status as text on a colour, so that it reads without the colour too. */
    private static final class StatusCell extends TableCell<TargetProgress, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            TargetProgress item = empty ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setStyle(item == null ? "" : "-fx-background-color: " + colour(item.status()) + "; -fx-font-weight: bold;");
        }

        private static String colour(ProgressStatus status) {
            return switch (status) {
                case ON_TRACK -> "#dafbe1";
                case AT_RISK -> "#fff8c5";
                case BEHIND -> "#ffebe9";
                case NOT_STARTED -> "#eaeef2";
            };
        }
    }
}
