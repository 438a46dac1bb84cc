package vn.dxoutreach.ui.form;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import vn.dxoutreach.exchange.export.TableExport;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * "Xuất Excel": saves what a table shows — its visible columns, its rows as filtered and sorted —
 * as xlsx or CSV, with the headers as shown and dates and numbers as real cells.
 */
public final class TableExportAction {

    private TableExportAction() {
    }

    public static <T> Button button(UiContext context, TableView<T> table, String fileName) {
        Messages messages = context.messages();
        Button button = new Button(messages.get("form.export"));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            chooser.setInitialFileName(fileName + ".xlsx");
            File file = chooser.showSaveDialog(context.stage());
            if (file == null) {
                return;
            }
            List<String> headers = new ArrayList<>();
            List<TableColumn<T, ?>> columns = new ArrayList<>();
            for (TableColumn<T, ?> column : table.getColumns()) {
                if (column.isVisible()) {
                    headers.add(column.getText());
                    columns.add(column);
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (T item : table.getItems()) {
                List<Object> row = new ArrayList<>();
                for (TableColumn<T, ?> column : columns) {
                    Object value = column.getCellData(item);
                    row.add(value instanceof Enum<?> constant ? messages.label(constant) : value == null ? "" : value);
                }
                rows.add(row);
            }
            BackgroundTask.of(() -> {
                TableExport.write(file.toPath(), headers, rows);
                return file;
            }).onSuccess(f -> context.dialogs().info(messages.get("form.exported", rows.size(), f)))
                    .run(context.dialogs(), messages.get("form.exportFailed"));
        });
        return button;
    }
}
