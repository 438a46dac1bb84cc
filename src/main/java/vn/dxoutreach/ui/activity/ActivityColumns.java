package vn.dxoutreach.ui.activity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Builds the sortable columns of an activity table: text sorted by Vietnamese collation, dates as
 * dd/MM/yyyy sorted by date, numbers in Vietnamese format sorted by value.
 *
 * @param <T> the activity record
 */
public final class ActivityColumns<T> {

    private final Messages messages;
    private final Comparator<String> collation;

    public ActivityColumns(Messages messages) {
        this.messages = messages;
        this.collation = Formats.collation(messages.locale());
    }

    public TableColumn<T, String> text(String headerKey, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(messages.get(headerKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(collation);
        column.setPrefWidth(width);
        // free text gives way first when the table is narrow; its cells end in "…"
        column.setMinWidth(Math.min(width, 80));
        return column;
    }

    /** An enum's label from the bundles, sorted by that label. */
    public TableColumn<T, String> label(String headerKey, Function<T, Enum<?>> value, double width) {
        TableColumn<T, String> column = text(headerKey, record -> messages.label(value.apply(record)), width);
        // a short label ("Sáng", "Phát lại") reads whole or not at all
        column.setMinWidth(width);
        return column;
    }

    public TableColumn<T, LocalDate> date(String headerKey, Function<T, LocalDate> value) {
        TableColumn<T, LocalDate> column = new TableColumn<>(messages.get(headerKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new FormattedCell<>(Formats::date));
        column.setPrefWidth(105);
        // a date cut to "03/12/2…" says nothing: the column never gets narrower than the date
        column.setMinWidth(95);
        return column;
    }

    public TableColumn<T, Integer> number(String headerKey, ToIntFunction<T> value) {
        return optionalNumber(headerKey, record -> value.applyAsInt(record));
    }

    /** A figure that may not be known (null): an empty cell, sorted first. */
    public TableColumn<T, Integer> optionalNumber(String headerKey, Function<T, Integer> value) {
        TableColumn<T, Integer> column = new TableColumn<>(messages.get(headerKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> {
            FormattedCell<T, Integer> cell = new FormattedCell<>(n -> Formats.number(n));
            cell.setStyle("-fx-alignment: center-right;");
            return cell;
        });
        column.setPrefWidth(80);
        column.setMinWidth(70);
        return column;
    }

    /**
     * A web address shown as a link that opens in the browser when clicked; the screen opens the
     * selected row's address with Enter ({@link ActivityDefinition#linkOf}).
     */
    public TableColumn<T, String> link(String headerKey, Function<T, String> value, double width,
            java.util.function.Consumer<String> open) {
        TableColumn<T, String> column = text(headerKey, value, width);
        column.setCellFactory(c -> new LinkCell<>(open, messages.get("activity.link.open")));
        return column;
    }

    private static final class LinkCell<T> extends TableCell<T, String> {

        private final javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink();

        LinkCell(java.util.function.Consumer<String> open, String hint) {
            link.setFocusTraversable(false);
            link.setTooltip(new javafx.scene.control.Tooltip(hint));
            link.setOnAction(e -> {
                open.accept(getItem());
                link.setVisited(false);
            });
            link.setMaxWidth(Double.MAX_VALUE);
        }

        /** The address without "https://" and "www.": the site's name leads in a narrow column. */
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            link.setText(item == null ? "" : item.strip().replaceFirst("(?i)^https?://(www\\.)?", ""));
            setGraphic(empty || item == null || item.isBlank() ? null : link);
            setText(null);
        }
    }

    private static final class FormattedCell<T, V> extends TableCell<T, V> {

        private final Function<V, String> format;

        FormattedCell(Function<V, String> format) {
            this.format = format;
        }

        @Override
        protected void updateItem(V item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format.apply(item));
        }
    }
}
