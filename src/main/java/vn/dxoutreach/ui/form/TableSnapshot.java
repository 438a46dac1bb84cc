package vn.dxoutreach.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import vn.dxoutreach.text.Messages;

/**
 * What a table shows, taken on the FX thread to be written elsewhere: the visible columns' headers
 * and, per row in the table's order, the cells' values (enum constants as their labels). A tree
 * table gives every row of its tree, parents before their children, expanded or not.
 */
record TableSnapshot(List<String> headers, List<List<Object>> rows) {

    static <T> TableSnapshot of(TableView<T> table, Messages messages) {
        List<TableColumn<T, ?>> columns = table.getColumns().stream().filter(TableColumn::isVisible).toList();
        return of(messages, columns.stream().map(TableColumn::getText).toList(), table.getItems(),
                columns.stream().<Function<T, Object>>map(c -> item -> c.getCellData(item)).toList());
    }

    static <T> TableSnapshot of(TreeTableView<T> table, Messages messages) {
        List<TreeTableColumn<T, ?>> columns = table.getColumns().stream().filter(TreeTableColumn::isVisible).toList();
        List<TreeItem<T>> items = new ArrayList<>();
        flatten(table.getRoot(), items);
        return of(messages, columns.stream().map(TreeTableColumn::getText).toList(), items,
                columns.stream().<Function<TreeItem<T>, Object>>map(c -> item -> c.getCellData(item)).toList());
    }

    private static <T> void flatten(TreeItem<T> item, List<TreeItem<T>> into) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null) {
            into.add(item);
        }
        for (TreeItem<T> child : item.getChildren()) {
            flatten(child, into);
        }
    }

    private static <R> TableSnapshot of(Messages messages, List<String> headers, List<R> items,
            List<Function<R, Object>> cells) {
        List<List<Object>> rows = new ArrayList<>();
        for (R item : items) {
            List<Object> row = new ArrayList<>();
            for (Function<R, Object> cell : cells) {
                Object value = cell.apply(item);
                row.add(value instanceof Enum<?> constant ? messages.label(constant) : value == null ? "" : value);
            }
            rows.add(row);
        }
        return new TableSnapshot(headers, rows);
    }
}
