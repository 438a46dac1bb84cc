package vn.dxoutreach.ui.plans;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.TableColumns;
import vn.dxoutreach.ui.form.TableExportAction;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** Kế hoạch & Chỉ tiêu: plans with their form above, the chosen plan's targets with theirs below. */
public final class PlansView extends BorderPane {

    private final UiContext context;
    private final PlansViewModel model;
    private final PlanFormViewModel planForm;
    private final TargetFormViewModel targetForm;
    private final TableView<Plan> plans = new TableView<>();
    private final TableView<Target> targets = new TableView<>();
    private final ValidationDecorations planErrors = new ValidationDecorations();
    private TargetFormView targetView;
    private List<vn.dxoutreach.domain.LevelName> targetViewLevels;
    private final DeadlinesPane deadlines;
    /** The lists are being given new rows: the forms keep what the user is typing. */
    private boolean reloading;
    private final Object plansWork = new Object();
    private final Object targetsWork = new Object();
    private final Label targetsTitle = new Label();
    private final Label formTitle = new Label();
    private final VBox formHolder = new VBox(8);
    private Node planFormNode;
    private Button planSave;
    private Button addPlan;

    public PlansView(UiContext context) {
        this.context = context;
        this.model = new PlansViewModel(context.store(), context.messages());
        this.planForm = new PlanFormViewModel(context.store(), context.messages());
        this.targetForm = new TargetFormViewModel(context.store(), context.messages());
        this.deadlines = new DeadlinesPane(context, model);
        setId("plans-view");
        setPadding(new Insets(16));
        Label title = new Label(text("nav.plans"));
        title.getStyleClass().addAll("title-2", "screen-title");
        setTop(title);
        planFormNode = planForm();
        VBox tables = new VBox(4, plansPart(), targetsPart());
        VBox.setVgrow(tables.getChildren().get(1), Priority.ALWAYS);
        formTitle.getStyleClass().add("title-4");
        formHolder.setPadding(new Insets(0, 0, 0, 12));
        // one form at a time, the full height: the plan's when a plan is chosen, a target's when a target is
        setCenter(side(tables, scroll(formHolder), 0.54));
        // a plan or target changed anywhere (a package from above, Tổng quan) shows here, the choice kept
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, model::shows, () -> reloadPlans(
                selectedPlan() == null ? null : selectedPlan().id(),
                targets.getSelectionModel().getSelectedItem() == null ? null
                        : targets.getSelectionModel().getSelectedItem().id()));
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::shortcut);
        reloadPlans(null);
    }

    /** The target form, built with the level names loaded last (again when they changed). */
    private TargetFormView targetView() {
        if (targetView == null || !model.levels().equals(targetViewLevels)) {
            targetViewLevels = model.levels();
            targetView = new TargetFormView(targetForm, context.messages(), targetViewLevels, context.dialogs(),
                    () -> reloadTargets(targetForm.current().map(Target::id).orElse(null)));
        }
        return targetView;
    }

    private Node plansPart() {
        plans.getColumns().add(column("plans.column.symbol", Plan::symbol, 110));
        plans.getColumns().add(column("plans.column.title", Plan::title, 260));
        plans.getColumns().add(column("plans.column.period", p -> context.messages().get("plans.period",
                Formats.date(p.periodFrom()), Formats.date(p.periodTo())), 180));
        plans.getColumns().add(column("plans.column.issuingBody", Plan::issuingBody, 200));
        plans.getColumns().add(new ActivityColumns<Plan>(context.messages()).date("plans.column.issuedOn",
                Plan::issuedOn));
        plans.setPlaceholder(new Label(text("plans.empty")));
        plans.setPrefHeight(150);
        compact(plans);
        plans.getSelectionModel().selectedItemProperty().addListener((o, old, plan) -> {
            if (reloading) {
                return;
            }
            if (plan != null) {
                planForm.startEdit(plan);
                showPlanForm();
            }
            reloadTargets(null);
        });
        Button add = new Button(text("plans.new"));
        add.setId("plans-new");
        add.setOnAction(e -> {
            plans.getSelectionModel().clearSelection();
            planForm.startNew();
            showPlanForm();
            planFormNode.lookup(".text-field").requestFocus();
        });
        addPlan = add;
        Button delete = new Button(text("plans.delete"));
        delete.disableProperty().bind(plans.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deletePlan(plans.getSelectionModel().getSelectedItem()));
        return new VBox(new ToolBar(add, delete, TableExportAction.button(context, plans, "ke-hoach")), plans);
    }

    /** Ctrl+N: a new plan; Enter in the form shown, or Ctrl+S: save it. */
    private void shortcut(javafx.scene.input.KeyEvent event) {
        if (vn.dxoutreach.ui.form.FormKeys.NEW.match(event)) {
            addPlan.fire();
        } else if (vn.dxoutreach.ui.form.FormKeys.saves(event, formHolder)) {
            if (formHolder.getChildren().contains(targetView)) {
                targetView.save();
            } else {
                planSave.fire();
            }
        } else {
            return;
        }
        event.consume();
    }

    private void showPlanForm() {
        planErrors.clear();
        formTitle.setText(planForm.current().map(p -> context.messages().get("plans.form.edit", p.symbol()))
                .orElse(text("plans.form.new")));
        Plan plan = planForm.current().orElse(null);
        deadlines.show(plan);
        formHolder.getChildren().setAll(formTitle, planFormNode, deadlines);
    }

    private void showTargetForm() {
        TargetFormView targetView = targetView();
        targetView.refreshChoices();
        targetView.clearErrors();
        formTitle.setText(targetForm.current().map(t -> context.messages().get("targets.form.edit", t.code()))
                .orElse(text("targets.form.new")));
        formHolder.getChildren().setAll(formTitle, targetView);
    }

    private Node planForm() {
        FormGrid grid = new FormGrid(planErrors);
        TextField symbol = grid.text(PlanFormViewModel.SYMBOL, text("plans.form.symbol"), planForm.symbolProperty());
        symbol.setPromptText("96/KH-UBND");
        symbol.setId("plan-symbol");
        grid.text(PlanFormViewModel.TITLE, text("plans.form.title"), planForm.titleProperty()).setId("plan-title");
        grid.add(text("plans.form.issuingBody"), new TextField()).textProperty()
                .bindBidirectional(planForm.issuingBodyProperty());
        grid.text(PlanFormViewModel.ISSUED_ON, text("plans.form.issuedOn"), planForm.issuedOnProperty())
                .setPromptText(text("form.datePrompt"));
        TextField from = grid.text(PlanFormViewModel.PERIOD_FROM, text("plans.form.periodFrom"),
                planForm.periodFromProperty());
        from.setPromptText(text("form.datePrompt"));
        from.setId("plan-from");
        TextField to = grid.text(PlanFormViewModel.PERIOD_TO, text("plans.form.periodTo"), planForm.periodToProperty());
        to.setPromptText(text("form.datePrompt"));
        to.setId("plan-to");
        grid.summary();
        Button save = new Button(text("form.save"));
        save.setId("plan-save");
        save.getStyleClass().add("accent");
        planSave = save;
        save.setOnAction(e -> {
            // the plan and its report deadlines are written off the FX thread; one save at a time
            save.setDisable(true);
            BackgroundTask.of(planForm::save).onSuccess(errors -> {
                save.setDisable(false);
                planErrors.show(errors);
                if (errors.isEmpty()) {
                    reloadPlans(planForm.current().map(Plan::id).orElse(null));
                    showPlanForm();
                }
            }).onFailure(error -> {
                save.setDisable(false);
                context.dialogs().error(text("dialog.error.unexpected"), error);
            }).run(context.dialogs(), text("dialog.error.unexpected"));
        });
        grid.wide(new HBox(8, save));
        planForm.startNew();
        return grid;
    }

    private Node targetsPart() {
        targets.getColumns().add(tcolumn("targets.column.code", Target::code, 55));
        targets.getColumns().add(tcolumn("targets.column.name", Target::name, 240));
        targets.getColumns().add(tcolumn("targets.column.rule", this::rule, 250));
        targets.getColumns().add(tcolumn("targets.column.scope", t -> t.scope() == vn.dxoutreach.domain.Scope.EACH
                ? context.messages().get("targets.scopeEach", model.levelName(t.scopeLevel()))
                : context.messages().label(t.scope()), 110));
        targets.getColumns().add(tcolumn("targets.column.window", this::window, 180));
        targets.setPlaceholder(new Label(text("targets.empty")));
        compact(targets);
        targets.getSelectionModel().selectedItemProperty().addListener((o, old, target) -> {
            if (target != null && !reloading) {
                targetForm.startEdit(selectedPlan(), target);
                showTargetForm();
            }
        });
        Button add = new Button(text("targets.new"));
        add.disableProperty().bind(plans.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> {
            targets.getSelectionModel().clearSelection();
            targetForm.startNew(selectedPlan(), model.defaultScopeLevel());
            showTargetForm();
        });
        Button delete = new Button(text("targets.delete"));
        delete.disableProperty().bind(targets.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteTarget(targets.getSelectionModel().getSelectedItem()));
        targetsTitle.getStyleClass().add("title-4");
        VBox part = new VBox(4, targetsTitle, new ToolBar(add, delete,
                TableExportAction.button(context, targets, "chi-tieu")), targets);
        VBox.setVgrow(targets, Priority.ALWAYS);
        return part;
    }

    private String rule(Target t) {
        String choice = t.filter().choice();
        // "Tin bài – Cổng/Trang thông tin điện tử": a target on one channel or type says which
        String kind = t.kind().hasChoiceDetail() && choice != null && !choice.isBlank()
                ? context.messages().get("targets.kindWithChoice", context.messages().label(t.kind()), choice)
                : context.messages().label(t.kind());
        return context.messages().get("targets.rule", kind,
                context.messages().label(t.measure()),
                Formats.number(t.value()), context.messages().label(t.cadence()));
    }

    private String window(Target t) {
        Plan plan = selectedPlan();
        return plan == null ? "" : context.messages().get("plans.period", Formats.date(t.effectiveFrom(plan)),
                Formats.date(t.effectiveTo(plan)));
    }

    private void deletePlan(Plan plan) {
        // the targets listed are the selected plan's
        if (context.dialogs().confirm(context.messages().get("plans.confirmDelete", plan.symbol(),
                targets.getItems().size()))) {
            BackgroundTask.of(() -> {
                model.delete(plan);
                return null;
            }).onSuccess(done -> {
                planForm.startNew();
                reloadPlans(null);
                showPlanForm();
            }).run(context.dialogs(), text("dialog.error.unexpected"));
        }
    }

    private void deleteTarget(Target target) {
        if (context.dialogs().confirm(context.messages().get("targets.confirmDelete", target.code(), target.name()))) {
            BackgroundTask.of(() -> {
                model.delete(target);
                return null;
            }).onSuccess(done -> reloadTargets(null)).run(context.dialogs(), text("dialog.error.unexpected"));
        }
    }

    private void reloadPlans(UUID select) {
        reloadPlans(select, null);
    }

    /** Reads the plans and level names off the FX thread; selects the plan (else the first) and the target. */
    private void reloadPlans(UUID select, UUID selectTarget) {
        BackgroundTask.of(model::load).latest(plansWork).onSuccess(loaded -> {
            model.remember(loaded);
            List<Plan> all = loaded.plans();
            Plan before = selectedPlan();
            java.util.Optional<Plan> chosen = all.stream().filter(p -> p.id().equals(select)).findFirst()
                    .or(() -> select == null ? all.stream().findFirst() : java.util.Optional.empty());
            boolean samePlan = before != null && chosen.isPresent() && chosen.get().id().equals(before.id());
            // the same plan chosen again keeps the form as the user has it
            reloading = samePlan;
            try {
                plans.getItems().setAll(all);
                chosen.ifPresent(p -> plans.getSelectionModel().select(p));
            } finally {
                reloading = false;
            }
            if (samePlan) {
                deadlines.show(selectedPlan());
            }
            reloadTargets(selectTarget);
        }).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private void reloadTargets(UUID select) {
        Plan plan = selectedPlan();
        targetsTitle.setText(plan == null ? text("targets.title.none")
                : context.messages().get("targets.title", plan.symbol()));
        targets.setPlaceholder(new Label(text(plan == null ? "targets.title.none" : "targets.empty")));
        BackgroundTask.of(() -> model.targets(plan)).latest(targetsWork).onSuccess(all -> {
            Target before = targets.getSelectionModel().getSelectedItem();
            reloading = before != null && before.id().equals(select);
            try {
                targets.getItems().setAll(all);
                all.stream().filter(t -> t.id().equals(select)).findFirst()
                        .ifPresent(t -> targets.getSelectionModel().select(t));
            } finally {
                reloading = false;
            }
        }).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private Plan selectedPlan() {
        return plans.getSelectionModel().getSelectedItem();
    }

    private static void compact(TableView<?> table) {
        table.getStyleClass().add(Styles.DENSE);
    }

    private static SplitPane side(Node left, Node right, double divider) {
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(divider);
        return split;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.setPadding(new Insets(4));
        return pane;
    }


    private TableColumn<Plan, String> column(String key, Function<Plan, String> value, double width) {
        return TableColumns.of(text(key), value, width);
    }

    private TableColumn<Target, String> tcolumn(String key, Function<Target, String> value, double width) {
        return TableColumns.of(text(key), value, width);
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
