package vn.dxoutreach.ui.units;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.TableExportAction;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** Đơn vị: the unit tree beside the form of the chosen unit; add, edit, delete, mergers and level names. */
public final class UnitsView extends BorderPane {

    private static final javafx.css.PseudoClass ORGANISATION = javafx.css.PseudoClass.getPseudoClass("organisation");

    private final UiContext context;
    private final UnitsViewModel model;
    private final UnitFormViewModel form;
    private final TreeTableView<Unit> table = new TreeTableView<>();
    private final ValidationDecorations decorations = new ValidationDecorations();
    private final Label formTitle = new Label();
    private final Label parentLabel = new Label();
    private final Label levelLabel = new Label();
    private final Label lineageLabel = new Label();
    private final VBox formBox = new VBox(8);

    public UnitsView(UiContext context) {
        this.context = context;
        this.model = new UnitsViewModel(context.store(), context.messages());
        this.form = new UnitFormViewModel(context.store(), context.messages());
        setId("units-view");
        setPadding(new Insets(16));
        Label title = new Label(text("nav.units"));
        title.getStyleClass().addAll("title-2", "screen-title");
        setTop(new VBox(4, title, toolbar()));
        buildTable();
        SplitPane split = new SplitPane(table, buildForm());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        setCenter(split);
        // units changed anywhere (a package from above, an import) show here, the selection kept
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, model::shows, this::readAgain);
        reload(null);
        showForm();
    }

    /** Reads the tree again off the FX thread, then shows it with the same unit selected. */
    private void readAgain() {
        UUID selected = selected().map(Unit::id).orElse(null);
        BackgroundTask.of(() -> {
            model.refresh();
            return selected;
        }).onSuccess(this::reload).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private ToolBar toolbar() {
        Button add = button("units.add", e -> selected().ifPresent(parent -> {
            form.startChild(parent);
            showForm();
        }));
        add.setId("units-add");
        Button edit = button("units.edit", e -> selected().ifPresent(unit -> {
            form.startEdit(unit);
            showForm();
        }));
        Button delete = button("units.delete", e -> selected().ifPresent(this::delete));
        Button merger = button("units.merger", e -> selected().ifPresent(this::recordMerger));
        merger.setId("units-merger");
        Button move = button("units.move", e -> selected().ifPresent(this::recordMove));
        move.setId("units-move");
        Button undo = button("units.undo", e -> selected().ifPresent(this::undoReorganisation));
        undo.setId("units-undo");
        for (Button b : new Button[] {add, edit, delete, merger, move, undo}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Button levels = button("units.levels", e -> editLevels());
        return new ToolBar(add, edit, delete, merger, move, undo, levels,
                TableExportAction.button(context, table, "don-vi"));
    }

    private void buildTable() {
        table.setId("units-table");
        // the name is the tree column: indented names read as the hierarchy, codes stay aligned
        table.getColumns().add(column("units.column.name", Unit::name, 240));
        table.getColumns().add(column("units.column.code", Unit::code, 140));
        // an organisation lies at a level of the tree but is not a village or a commune: its type says what it is
        table.getColumns().add(column("units.column.level", u -> u.administrative() ? model.levelName(u.level()) : "",
                70));
        table.getColumns().add(column("units.column.type", u -> context.messages().label(u.type()), 100));
        table.getColumns().add(column("units.column.validity", model::validity, 150));
        table.getColumns().add(column("units.column.mergedFrom", model::lineage, 260));
        table.getStyleClass().add(Styles.DENSE);
        // organisations (schools, agencies) read apart from the administrative tree they lie in
        table.setRowFactory(view -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                pseudoClassStateChanged(ORGANISATION, !empty && unit != null && !unit.administrative());
            }
        });
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != null) {
                form.startEdit(item.getValue());
                showForm();
            }
        });
    }

    private TreeTableColumn<Unit, String> column(String key, Function<Unit, String> value, double width) {
        TreeTableColumn<Unit, String> column = new TreeTableColumn<>(text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private VBox buildForm() {
        FormGrid grid = new FormGrid(decorations);
        grid.add(text("units.form.parent"), parentLabel).setWrapText(true);
        parentLabel.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(text("units.form.level"), levelLabel);
        // the whole lineage, which the table column can only show cut
        grid.add(text("units.column.mergedFrom"), lineageLabel).setWrapText(true);
        lineageLabel.setId("unit-lineage");
        lineageLabel.setMinHeight(Region.USE_PREF_SIZE);
        ComboBox<UnitType> type = grid.field(UnitFormViewModel.TYPE, text("units.form.type"),
                Choices.ofEnum(context.messages(), List.of(UnitType.values())));
        type.valueProperty().bindBidirectional(form.typeProperty());
        type.setId("unit-type");
        grid.text(UnitFormViewModel.CODE, text("units.form.code"), form.codeProperty()).setId("unit-code");
        grid.text(UnitFormViewModel.NAME, text("units.form.name"), form.nameProperty()).setId("unit-name");
        grid.text(UnitFormViewModel.VALID_FROM, text("units.form.validFrom"), form.validFromProperty())
                .setPromptText(text("form.datePrompt"));
        grid.text(UnitFormViewModel.VALID_TO, text("units.form.validTo"), form.validToProperty())
                .setPromptText(text("form.datePrompt"));
        grid.summary();
        Button save = button("form.save", e -> save());
        save.setId("unit-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        Button cancel = button("form.cancel", e -> {
            form.current().ifPresentOrElse(form::startEdit, () -> selected().ifPresent(form::startEdit));
            showForm();
        });
        grid.wide(new HBox(8, save, cancel));
        formTitle.getStyleClass().add("title-4");
        formBox.getChildren().addAll(formTitle, grid);
        formBox.setPadding(new Insets(8, 0, 0, 12));
        return formBox;
    }


    private void showForm() {
        decorations.clear();
        formBox.setDisable(!form.isActive());
        formTitle.setText(text(!form.isActive() ? "units.form.none"
                : form.isEditing() ? "units.form.edit" : "units.form.new"));
        parentLabel.setText(form.parent() == null ? "" : form.parent().name());
        boolean organisation = form.isEditing() && form.current().map(u -> !u.administrative()).orElse(false);
        levelLabel.setText(form.isActive() && !organisation ? model.levelName(form.level()) : "");
        lineageLabel.setText(form.isEditing() ? form.current().map(model::lineage).orElse("") : "");
    }

    private void save() {
        BackgroundTask.of(() -> {
            FieldErrors errors = form.save();
            if (errors.isEmpty()) {
                model.refresh();
            }
            return errors;
        }).onSuccess(errors -> {
            decorations.show(errors);
            if (errors.isEmpty()) {
                reload(form.current().orElseThrow().id());
                showForm();
            }
        }).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private void delete(Unit unit) {
        if (!unit.predecessors().isEmpty()) {
            // deleting a merged unit is undoing its merger: its predecessors must not stay ended
            undoReorganisation(unit);
            return;
        }
        BackgroundTask.of(() -> model.deleteProblem(unit)).onSuccess(problem -> {
            if (problem.isPresent()) {
                context.dialogs().info(problem.get());
            } else if (context.dialogs().confirm(
                    context.messages().get("units.confirmDelete", unit.code(), unit.name()))) {
                BackgroundTask.of(() -> {
                    model.delete(unit);
                    model.refresh();
                    return unit.parentId();
                }).onSuccess(parent -> {
                    form.startChild(null);
                    reload(parent);
                    showForm();
                }).run(context.dialogs(), text("dialog.error.unexpected"));
            }
        }).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private void recordMerger(Unit unit) {
        new UnitDialogs(context).merger(unit, model.tree()).ifPresent(merger -> reorganise(merger::save));
    }

    private void recordMove(Unit unit) {
        new UnitDialogs(context).move(unit, model.tree()).ifPresent(move -> reorganise(move::save));
    }

    /** Checks (in the background) whether the unit's last merger or move can be undone, asks, and undoes it. */
    private void undoReorganisation(Unit unit) {
        BackgroundTask.of(() -> model.undoProblem(unit)).onSuccess(problem -> {
            if (problem.isPresent()) {
                context.dialogs().info(problem.get());
            } else if (context.dialogs().confirm(
                    context.messages().get("units.reorganisation.confirm", model.undoSentence(unit)))) {
                reorganise(() -> {
                    model.undo(unit);
                    return unit;
                });
            }
        }).run(context.dialogs(), text("units.reorganisation.failed"));
    }

    /** Writes a reorganisation off the FX thread, then shows the tree again on the unit it names. */
    private void reorganise(java.util.concurrent.Callable<Unit> work) {
        BackgroundTask.of(() -> {
            Unit result = work.call();
            model.refresh();
            return result;
        }).onSuccess(result -> {
            reload(model.tree().get(result.id()).map(Unit::id).orElse(result.parentId()));
            showForm();
        }).run(context.dialogs(), text("units.reorganisation.failed"));
    }

    private void editLevels() {
        if (new UnitDialogs(context).levels(model)) {
            reload(selected().map(Unit::id).orElse(null));
            showForm();
        }
    }

    /** Rebuilds the tree and selects the unit with the given id. */
    private void reload(UUID select) {
        TreeItem<Unit> root = new TreeItem<>();
        TreeItem<Unit>[] found = new TreeItem[1];
        for (Unit top : model.tree().roots()) {
            root.getChildren().add(item(top, 0, select, found));
        }
        table.setRoot(root);
        if (found[0] != null) {
            for (TreeItem<Unit> up = found[0].getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            table.getSelectionModel().select(found[0]);
            table.scrollTo(Math.max(0, table.getRow(found[0]) - 3));
        }
    }

    private TreeItem<Unit> item(Unit unit, int depth, UUID select, TreeItem<Unit>[] found) {
        TreeItem<Unit> item = new TreeItem<>(unit);
        item.setExpanded(depth < 2);
        if (unit.id().equals(select)) {
            found[0] = item;
        }
        for (Unit child : model.tree().children(unit.id())) {
            item.getChildren().add(item(child, depth + 1, select, found));
        }
        return item;
    }

    private Optional<Unit> selected() {
        TreeItem<Unit> item = table.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item == null ? null : item.getValue());
    }

    private Button button(String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(text(key));
        button.setOnAction(action);
        return button;
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
