package vn.dxoutreach.ui.report;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.text.Messages;

/** The month or quarter of a monthly or quarterly report, beside its year; out of sight for the other types. */
final class PeriodNumber extends HBox {

    private final Messages messages;
    private final Label label = new Label();
    private final Spinner<Integer> number = new Spinner<>(1, 12, 1);

    PeriodNumber(Messages messages) {
        super(10);
        this.messages = messages;
        setAlignment(Pos.CENTER_LEFT);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        number.setId("report-period-number");
        number.setPrefWidth(80);
        getChildren().setAll(label, number);
        showFor(null, 1);
    }

    /** Shows the month (1–12) or quarter (1–4) chooser set to the given number, or hides it for other types. */
    void showFor(ReportType type, int value) {
        boolean recurring = type != null && type.isRecurring();
        setVisible(recurring);
        setManaged(recurring);
        if (recurring) {
            label.setText(messages.get(type == ReportType.MONTHLY ? "compose.month" : "compose.quarter"));
            number.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, type.periodsPerYear(), value));
        }
    }

    /** The month or quarter chosen; 1 for the types with one period a year. */
    int value() {
        return isVisible() ? number.getValue() : 1;
    }

    ReadOnlyObjectProperty<Integer> valueProperty() {
        return number.valueProperty();
    }
}
