package vn.dxoutreach.ui.units;

import java.util.List;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckListView;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** The two dialogs of the Đơn vị screen: the level names and a merger. */
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
        grid.wide(new javafx.scene.control.Label(text("levels.hint")));
        grid.summary();
        return context.dialogs().form(text("levels.title"), grid, () -> {
            FieldErrors errors = model.saveLevels(names.getText());
            decorations.show(errors);
            return errors.isEmpty();
        });
    }

    /** Records a merger starting from the chosen unit; true when it was saved. */
    boolean merger(Unit unit, UnitTree tree) {
        MergerViewModel model = new MergerViewModel(context.store(), context.messages());
        ValidationDecorations decorations = new ValidationDecorations();
        FormGrid grid = new FormGrid(decorations);
        grid.wide(new javafx.scene.control.Label(text("merger.hint"))).setWrapText(true);
        CheckListView<Choice> units = new CheckListView<>();
        List<Choice> choices = MergerViewModel.candidates(tree, unit).stream().map(Choice::new).toList();
        units.getItems().setAll(choices);
        choices.stream().filter(c -> c.unit().id().equals(unit.id())).forEach(c -> units.getCheckModel().check(c));
        units.setPrefHeight(200);
        grid.field(MergerViewModel.PREDECESSORS, text("merger.predecessors"), units);
        grid.text(MergerViewModel.DATE, text("merger.date"), model.dateProperty()).setPromptText(text("form.datePrompt"));
        grid.text(MergerViewModel.CODE, text("merger.code"), model.codeProperty());
        grid.text(MergerViewModel.NAME, text("merger.name"), model.nameProperty());
        grid.summary();
        grid.setPrefWidth(560);
        return context.dialogs().form(text("merger.title"), grid, () -> {
            model.choose(units.getCheckModel().getCheckedItems().stream().map(Choice::unit).toList());
            FieldErrors errors = model.save();
            decorations.show(errors);
            return errors.isEmpty();
        });
    }

    private String text(String key) {
        return context.messages().get(key);
    }

    /** A unit in the merger's check list, shown by code and name. */
    private record Choice(Unit unit) {
        @Override
        public String toString() {
            return unit.code() + " – " + unit.name();
        }
    }
}
