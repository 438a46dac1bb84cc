package vn.dxoutreach.ui.plans;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FormGrid;

/**
 * The form that switches a plan's monthly and quarterly reports on or off: a box to tick and the day
 * of the month each is due (the 15th by default, the day after the Decree 09 cut-off).
 */
final class RecurringReportsForm {

    /** The due day offered when a recurring report is switched on: the day after the cut-off. */
    static final int DEFAULT_DUE_DAY = 15;

    private final Row monthly;
    private final Row quarterly;
    private final FormGrid grid = new FormGrid();

    RecurringReportsForm(Messages messages, Integer monthlyDueDay, Integer quarterlyDueDay) {
        Label hint = new Label(messages.get("deadlines.recurring.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.getStyleClass().add("text-muted");
        grid.wide(hint);
        monthly = new Row(messages, "deadlines.recurring.monthly", "recurring-monthly", monthlyDueDay);
        quarterly = new Row(messages, "deadlines.recurring.quarterly", "recurring-quarterly", quarterlyDueDay);
        // the ticks in one column, the due days in another
        GridPane rows = new GridPane();
        rows.setHgap(10);
        rows.setVgap(8);
        rows.addRow(0, monthly.on, new Label(messages.get("deadlines.recurring.dueDay")), monthly.day);
        rows.addRow(1, quarterly.on, new Label(messages.get("deadlines.recurring.dueDay")), quarterly.day);
        grid.wide(rows);
        grid.setPrefWidth(520);
    }

    /** The form's content, for a dialog. */
    FormGrid content() {
        return grid;
    }

    /** The due day of the monthly reports, or null for none. */
    Integer monthlyDueDay() {
        return monthly.dueDay();
    }

    /** The due day of the quarterly reports, or null for none. */
    Integer quarterlyDueDay() {
        return quarterly.dueDay();
    }

    /** One recurring report: ticked or not, and the day of the month it is due. */
    private static final class Row {
        private final CheckBox on;
        private final Spinner<Integer> day;

        Row(Messages messages, String key, String id, Integer dueDay) {
            on = new CheckBox(messages.get(key));
            on.setId(id);
            on.setSelected(dueDay != null);
            day = new Spinner<>(1, 31, dueDay == null ? DEFAULT_DUE_DAY : dueDay);
            day.setId(id + "-day");
            day.setEditable(true);
            day.setPrefWidth(80);
            day.disableProperty().bind(on.selectedProperty().not());
        }

        Integer dueDay() {
            return on.isSelected() ? day.getValue() : null;
        }
    }
}
