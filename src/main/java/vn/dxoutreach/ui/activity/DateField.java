package vn.dxoutreach.ui.activity;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.dxoutreach.text.Formats;

/**
 * A date typed as dd/MM/yyyy (or d/M/yyyy) with a calendar to pick from (the calendar icon, or
 * Alt+Down). The typed text is what the view model checks.
 *
 * <p>Why not an editable {@link DatePicker}: on focus loss it replaces text it cannot read with
 * an empty field, so a mistyped date would vanish instead of being shown with its error. Here
 * the DatePicker only lends its calendar.
 */
public final class DateField {

    private DateField() {
    }

    /** A text field bound both ways to {@code text}, with the calendar on its right. */
    public static TextField bound(StringProperty text, String promptText) {
        CustomTextField field = new CustomTextField();
        field.setPromptText(promptText);
        field.textProperty().bindBidirectional(text);
        DatePicker calendar = new DatePicker();
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.getContent().add(new DatePickerSkin(calendar).getPopupContent());
        boolean[] opening = {false};
        calendar.valueProperty().addListener((obs, old, day) -> {
            if (day != null && !opening[0]) {
                text.set(Formats.date(day));
                popup.hide();
                field.requestFocus();
                field.end();
            }
        });
        Runnable open = () -> {
            opening[0] = true;
            calendar.setValue(Formats.parseDate(text.get()).orElse(null));
            opening[0] = false;
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            if (bounds != null) {
                popup.show(field, bounds.getMinX(), bounds.getMaxY());
            }
        };
        FontIcon icon = new FontIcon(Material2OutlinedAL.CALENDAR_TODAY);
        icon.setCursor(Cursor.HAND);
        icon.setOnMouseClicked(e -> open.run());
        field.setRight(icon);
        field.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.F4) {
                open.run();
                e.consume();
            }
        });
        return field;
    }
}
