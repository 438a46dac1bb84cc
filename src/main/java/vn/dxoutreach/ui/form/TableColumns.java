package vn.dxoutreach.ui.form;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns for tables of records. */
public final class TableColumns {

    private TableColumns() {
    }

    /** A column showing {@code value} of each row. */
    public static <S> TableColumn<S, String> of(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
