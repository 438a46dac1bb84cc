package vn.dxoutreach.ui.activity;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import vn.dxoutreach.text.Messages;

/** The choice boxes the activity forms share: units of the office, enum values, suggestions. */
public final class Pickers {

    private static final int INDENT = 14;

    private Pickers() {
    }

    /**
     * The office's units in tree order, indented by depth in the list; typing filters the list
     * (a province has hundreds of communes).
     */
    public static ComboBox<UUID> units(OfficeUnits units, Messages messages) {
        ComboBox<UUID> box = new org.controlsfx.control.SearchableComboBox<>(FXCollections.observableArrayList(
                units.choices().stream().map(c -> c.unit().id()).toList()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(UUID id) {
                return units.label(id, messages);
            }

            @Override
            public UUID fromString(String text) {
                return null;
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(UUID id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : units.name(id));
                setStyle("-fx-padding: 4 8 4 " + (8 + units.depth(id) * INDENT) + ";");
            }
        });
        box.setVisibleRowCount(16);
        return box;
    }

    /** The values of an enum with their labels from the bundles. */
    public static <E extends Enum<E>> ComboBox<E> labels(Class<E> type, Messages messages) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(type.getEnumConstants()));
        box.setConverter(converter(messages::label));
        return box;
    }

    /** An editable box: the typed text is bound to {@code text}, the list only suggests. */
    public static ComboBox<String> suggestions(List<String> suggestions, StringProperty text) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(suggestions));
        box.setEditable(true);
        box.getEditor().textProperty().bindBidirectional(text);
        box.setVisibleRowCount(12);
        return box;
    }

    /** A one-way converter: values shown as text, typed text never turned back into a value. */
    public static <E> StringConverter<E> converter(Function<E, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
