package vn.dxoutreach.ui.activity;

import java.time.LocalDate;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.dxoutreach.store.ActivityQuery;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The filter above an activity table: a unit (with the units below it), a date range and a phrase.
 * Changes are gathered for a moment before the table reloads, so typing a phrase runs one query.
 */
public final class ActivityFilterBar extends VBox {

    private static final Duration SETTLE = Duration.millis(300);

    private final OfficeUnits units;
    private final ComboBox<UUID> unit;
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final TextField text = new TextField();
    private final PauseTransition settle = new PauseTransition(SETTLE);

    public ActivityFilterBar(Messages messages, OfficeUnits units, Runnable onChange) {
        super(6);
        this.units = units;
        unit = Pickers.units(units, messages);
        unit.setValue(units.office().id());
        unit.setPrefWidth(220);
        unit.setTooltip(new Tooltip(messages.get("activity.filter.unit")));
        unit.setId("filter-unit");
        TextField fromPicker = DateField.bound(from, messages.get("activity.filter.from"));
        TextField toPicker = DateField.bound(to, messages.get("activity.filter.to"));
        fromPicker.setPrefWidth(135);
        toPicker.setPrefWidth(135);
        text.setPromptText(messages.get("activity.filter.text"));
        text.setPrefColumnCount(14);
        text.setId("filter-text");
        settle.setOnFinished(e -> onChange.run());
        unit.valueProperty().addListener(o -> settle.playFromStart());
        text.textProperty().addListener(o -> settle.playFromStart());
        from.addListener(o -> dateChanged());
        to.addListener(o -> dateChanged());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox first = new HBox(8, unit, text);
        HBox second = new HBox(8, new Label(messages.get("activity.filter.period")), fromPicker, new Label("–"),
                toPicker);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, second);
    }

    /** A half-typed date does not reload the table; an empty or complete one does. */
    private void dateChanged() {
        if (readable(from.get()) && readable(to.get())) {
            settle.playFromStart();
        }
    }

    private static boolean readable(String date) {
        return date == null || date.isBlank() || Formats.parseDate(date).isPresent();
    }

    /** Puts the cursor in the phrase field (Ctrl+F). */
    public void focusText() {
        text.requestFocus();
        text.selectAll();
    }

    /** Whether the filter hides anything: a unit below the office, a date or a phrase. */
    public boolean narrowed() {
        return unit.getValue() != null && !unit.getValue().equals(units.office().id())
                || !from.get().isBlank() || !to.get().isBlank() || !text.getText().isBlank();
    }

    /** The query the filter describes. */
    public ActivityQuery query() {
        UUID chosen = unit.getValue() == null ? units.office().id() : unit.getValue();
        LocalDate fromDate = Formats.parseDate(from.get()).orElse(null);
        LocalDate toDate = Formats.parseDate(to.get()).orElse(null);
        return ActivityQuery.ofUnits(units.subtree(chosen), fromDate, toDate, text.getText());
    }
}
