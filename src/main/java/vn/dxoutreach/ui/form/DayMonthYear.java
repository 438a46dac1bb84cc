package vn.dxoutreach.ui.form;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.dxoutreach.text.Formats;

/**
 * Date pickers write dates day/month/year in every language: a date picker follows its locale,
 * which would show 12/2/2026 for 2 December in the English UI.
 */
public final class DayMonthYear {

    private DayMonthYear() {
    }

    public static DatePicker of(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return Formats.parseDate(text).orElse(null);
            }
        });
        return picker;
    }
}
