package vn.dxoutreach.ui.units;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.controlsfx.control.SearchableComboBox;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.Pickers;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** The dialogs of the Đơn vị screen: the level names, a merger and a move. */
final class UnitDialogs {

    private final UiContext context;

    UnitDialogs(UiContext context) {
        this.context = context;
    }

    /** Edits the level names; true when they were saved. */
    boolean levels(UnitsViewModel model) {
        ValidationDecorations decorations = new ValidationDecorations();
        FormGrid grid = new FormGrid(decorations);
        TextField names = grid.field(UnitsViewModel.LEVELS, text("levels.names"), new TextField(model.levelsText()));
        names.setPrefColumnCount(32);
        grid.wide(new Label(text("levels.hint")));
        grid.summary();
        return context.dialogs().form(text("levels.title"), grid, () -> {
            FieldErrors errors = model.saveLevels(names.getText());
            decorations.show(errors);
            return errors.isEmpty();
        });
    }

    /**
     * Asks for a merger starting from the chosen unit: the one list of what will be merged, the
     * result (a new unit under any parent, or an existing unit), the date, and the sentence to
     * confirm. Writes nothing: the model returned (empty when cancelled) saves off the FX thread.
     */
    Optional<MergerViewModel> merger(Unit unit, UnitTree tree) {
        MergerViewModel model = new MergerViewModel(context.store(), context.messages(), tree);
        model.startFrom(unit);
        ValidationDecorations decorations = new ValidationDecorations();
        FormGrid grid = new FormGrid(decorations);
        grid.wide(new Label(text("merger.hint"))).setWrapText(true);
        SearchableComboBox<Unit> pick = picker(model.candidates(), model::describe);
        pick.setId("merger-pick");
        Button add = new Button(text("merger.add"));
        add.setId("merger-add");
        add.setOnAction(e -> {
            model.add(pick.getValue());
            pick.getItems().setAll(model.candidates());
        });
        HBox.setHgrow(pick, Priority.ALWAYS);
        grid.add(text("merger.pick"), new HBox(8, pick, add));
        ListView<Unit> list = new ListView<>(model.merged());
        list.setId("merger-list");
        list.setCellFactory(v -> textCell(model::describe));
        list.setPrefHeight(140);
        Button remove = new Button(text("merger.remove"));
        remove.setOnAction(e -> {
            model.merged().remove(list.getSelectionModel().getSelectedItem());
            pick.getItems().setAll(model.candidates());
        });
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        grid.field(MergerViewModel.PREDECESSORS, text("merger.predecessors"), list);
        grid.wide(remove);
        ToggleGroup kind = new ToggleGroup();
        RadioButton formNew = new RadioButton(text("merger.kind.new"));
        RadioButton formInto = new RadioButton(text("merger.kind.into"));
        formNew.setToggleGroup(kind);
        formInto.setToggleGroup(kind);
        formNew.setSelected(true);
        grid.add(text("merger.kind"), new HBox(16, formNew, formInto));
        SearchableComboBox<Unit> parent = picker(model.places(), model::describe);
        parent.setId("merger-parent");
        parent.valueProperty().bindBidirectional(model.parentProperty());
        grid.field(MergerViewModel.PARENT, text("merger.parent"), parent);
        TextField code = grid.text(MergerViewModel.CODE, text("merger.code"), model.codeProperty());
        code.setId("merger-code");
        TextField name = grid.text(MergerViewModel.NAME, text("merger.name"), model.nameProperty());
        name.setId("merger-name");
        SearchableComboBox<Unit> into = picker(model.places(), model::describe);
        into.setId("merger-into");
        grid.field(MergerViewModel.INTO, text("merger.into"), into);
        for (javafx.scene.Node node : List.of(parent, code, name)) {
            node.disableProperty().bind(formInto.selectedProperty());
        }
        into.disableProperty().bind(formNew.selectedProperty());
        TextField date = grid.text(MergerViewModel.DATE, text("merger.date"), model.dateProperty());
        date.setId("merger-date");
        date.setPromptText(text("form.datePrompt"));
        Label sentence = grid.wide(new Label());
        sentence.setId("merger-sentence");
        sentence.setWrapText(true);
        sentence.getStyleClass().add("text-bold");
        Runnable describe = () -> sentence.setText(model.sentence());
        model.merged().addListener((javafx.collections.ListChangeListener<Unit>) c -> describe.run());
        for (var property : List.of(model.dateProperty(), model.nameProperty())) {
            property.addListener((o, a, b) -> describe.run());
        }
        into.valueProperty().addListener((o, a, b) -> {
            model.intoProperty().set(formInto.isSelected() ? b : null);
            describe.run();
        });
        kind.selectedToggleProperty().addListener((o, a, b) -> {
            model.intoProperty().set(formInto.isSelected() ? into.getValue() : null);
            describe.run();
        });
        describe.run();
        grid.summary();
        grid.setPrefWidth(640);
        return confirmed(text("merger.title"), grid, decorations, model::validate, model::sentence, model);
    }

    /** Asks where and from when the unit moves; the model returned (empty when cancelled) saves it. */
    Optional<MoveViewModel> move(Unit unit, UnitTree tree) {
        MoveViewModel model = new MoveViewModel(context.store(), context.messages(), tree, unit);
        ValidationDecorations decorations = new ValidationDecorations();
        FormGrid grid = new FormGrid(decorations);
        grid.wide(new Label(text("move.hint"))).setWrapText(true);
        grid.add(text("move.unit"), new Label(model.describe(unit)));
        SearchableComboBox<Unit> parent = picker(model.places(), model::describe);
        parent.setId("move-parent");
        parent.valueProperty().bindBidirectional(model.parentProperty());
        grid.field(MoveViewModel.PARENT, text("move.parent"), parent);
        TextField date = grid.text(MoveViewModel.DATE, text("move.date"), model.dateProperty());
        date.setId("move-date");
        date.setPromptText(text("form.datePrompt"));
        grid.summary();
        grid.setPrefWidth(560);
        return confirmed(text("move.title"), grid, decorations, model::validate, model::sentence, model);
    }

    /** Shows the form; OK checks it, then asks the user to confirm the sentence saying what will be done. */
    private <M> Optional<M> confirmed(String title, FormGrid grid, ValidationDecorations decorations,
            java.util.function.Supplier<FieldErrors> validate, java.util.function.Supplier<String> sentence, M model) {
        boolean accepted = context.dialogs().form(title, grid, () -> {
            FieldErrors errors = validate.get();
            decorations.show(errors);
            return errors.isEmpty() && context.dialogs().confirm(
                    context.messages().get("units.reorganisation.confirm", sentence.get()));
        });
        return accepted ? Optional.of(model) : Optional.empty();
    }

    /** A unit picker the user can type into to search. */
    private static SearchableComboBox<Unit> picker(List<Unit> units, Function<Unit, String> describe) {
        SearchableComboBox<Unit> box = new SearchableComboBox<>();
        box.getItems().setAll(units);
        box.setConverter(Pickers.converter(describe));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ListCell<Unit> textCell(Function<Unit, String> describe) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : describe.apply(unit));
            }
        };
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
