package vn.dxoutreach.ui.activity;

import java.time.LocalDate;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.dxoutreach.text.Formats;

/**
 * A date picker whose typed text is the value the view model checks: dd/MM/yyyy or d/M/yyyy typed,
 * or a day picked from the calendar. Text that is not a date stays as typed (so nothing the user
 * wrote is lost and the error can say what is wrong) instead of being silently reset.
 */
public final class DateField {

    private DateField() {
    }

    /** A picker whose text is bound both ways to {@code text}. */
    public static DatePicker bound(StringProperty text, String promptText) {
        DatePicker picker = new DatePicker();
        picker.setEditable(true);
        picker.setPromptText(promptText);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // the picker asks for the text of a null value after text it cannot read: keep that text
                return date == null ? picker.getEditor().getText() : Formats.date(date);
            }

            @Override
            public LocalDate fromString(String typed) {
                return Formats.parseDate(typed).orElse(null);
            }
        });
        picker.getEditor().textProperty().bindBidirectional(text);
        picker.setOnShowing(e -> picker.setValue(Formats.parseDate(text.get()).orElse(null)));
        return picker;
    }
}
