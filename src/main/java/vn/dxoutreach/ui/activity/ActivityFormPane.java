package vn.dxoutreach.ui.activity;

import vn.dxoutreach.domain.ActivityRecord;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.UiContext;

/**
 * The form beside an activity table: the fields every kind has (unit, date, note) around the
 * kind's own, the buttons, a status line, and the evidence of the record shown.
 */
public final class ActivityFormPane<T extends ActivityRecord, V extends ActivityFormViewModel<T>> extends VBox {

    private final Messages messages;
    private final V viewModel;
    private final FormGrid grid = new FormGrid();
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Control firstOwnField;
    private final EvidencePane evidence;
    final Button save;
    final Button create;
    final Button cancel;
    final Button delete;
    final Button undo;
    final Button redo;

    public ActivityFormPane(UiContext context, ActivityDefinition<T, V> definition, V viewModel) {
        super(10);
        this.messages = context.messages();
        this.viewModel = viewModel;
        setPadding(new Insets(12, 16, 16, 16));
        setFillWidth(true);
        heading.getStyleClass().add("title-3");
        heading.setId("form-heading");

        ComboBox<java.util.UUID> unit = grid.add(messages.get("activity.form.unit"), ActivityFormViewModel.UNIT,
                Pickers.units(viewModel.units(), messages));
        unit.valueProperty().bindBidirectional(viewModel.unitIdProperty());
        unit.setId("form-unit");
        TextField date = grid.add(messages.get(definition.dateLabelKey()), ActivityFormViewModel.DATE,
                DateField.bound(viewModel.dateTextProperty(), messages.get("activity.form.datePrompt")));
        date.setId("form-date");
        int before = grid.getChildren().size();
        definition.addFields(grid, viewModel);
        firstOwnField = grid.getChildren().stream().skip(before).filter(Control.class::isInstance)
                .filter(n -> !(n instanceof Label)).map(Control.class::cast).findFirst().orElse(date);
        TextField note = grid.add(messages.get("activity.form.note"), ActivityFormViewModel.NOTE, new TextField());
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        note.setId("form-note");

        save = button("activity.action.save", Material2OutlinedMZ.SAVE, "form-save");
        save.getStyleClass().add("accent");
        create = button("activity.action.new", Material2OutlinedAL.ADD, "form-new");
        cancel = button("activity.action.cancel", Material2OutlinedAL.CLOSE, "form-cancel");
        delete = button("activity.action.delete", Material2OutlinedAL.DELETE, "form-delete");
        undo = button("activity.action.undo", Material2OutlinedMZ.UNDO, "form-undo");
        redo = button("activity.action.redo", Material2OutlinedMZ.REDO, "form-redo");
        delete.disableProperty().bind(viewModel.editingProperty().isNull());
        FlowPane buttons = new FlowPane(6, 6, save, create, cancel, delete, undo, redo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(messages.get("activity.form.keys"));
        keys.getStyleClass().add("text-muted");
        keys.setWrapText(true);
        status.setId("form-status");
        status.setWrapText(true);

        evidence = new EvidencePane(context, definition.kind());
        viewModel.errorsProperty().addListener((obs, old, errors) -> grid.show(errors));
        viewModel.editingProperty().addListener((obs, old, record) -> showHeading());
        showHeading();
        getChildren().addAll(heading, grid, buttons, keys, status, new Separator(), evidence);
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, String id) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        return button;
    }

    private void showHeading() {
        T record = viewModel.editingProperty().get();
        heading.setText(messages.get(record == null ? "activity.form.new" : "activity.form.edit"));
        evidence.showRecord(record == null ? null : viewModel.metaOf(record).id(),
                record == null ? null : viewModel.metaOf(record).unitId());
    }

    FormGrid grid() {
        return grid;
    }

    /** Puts the cursor where the next record's typing starts (the unit and date are remembered). */
    void focusFirstField() {
        Node target = viewModel.unitIdProperty().get() == null ? grid.getChildren().get(1) : firstOwnField;
        target.requestFocus();
    }

    void focusFirstError() {
        Control control = grid.firstWithError();
        if (control != null) {
            control.requestFocus();
        }
    }

    void status(String text) {
        status.setText(text);
    }
}
