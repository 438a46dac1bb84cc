package vn.dxoutreach.ui.form;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import vn.dxoutreach.text.Messages;

/** Combo boxes that show values by a label (enum labels from the bundles, level names, …). */
public final class Choices {

    private Choices() {
    }

    /** A combo box of enum constants shown with {@link Messages#label}. */
    public static <E extends Enum<E>> ComboBox<E> ofEnum(Messages messages, List<E> values) {
        return of(values, messages::label);
    }

    /** A combo box showing each value by the given label; null shows as blank. */
    public static <T> ComboBox<T> of(List<T> values, Function<T, String> label) {
        return of(values, label, "");
    }

    /** A combo box showing each value by the given label and null as {@code noneLabel} (e.g. "any level"). */
    public static <T> ComboBox<T> of(List<T> values, Function<T, String> label, String noneLabel) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? noneLabel : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : item == null ? noneLabel : label.apply(item));
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
