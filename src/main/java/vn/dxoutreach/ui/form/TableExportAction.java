package vn.dxoutreach.ui.form;

import java.io.File;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.stage.FileChooser;
import vn.dxoutreach.exchange.export.TableExport;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * "Xuất Excel": saves what a table shows — its visible columns, its rows as filtered and sorted —
 * as xlsx or CSV, with the headers as shown and dates and numbers as real cells. A tree table
 * saves every row of its tree, parents before their children, expanded or not.
 */
public final class TableExportAction {

    private TableExportAction() {
    }

    public static <T> Button button(UiContext context, TableView<T> table, String fileName) {
        return button(context, fileName, () -> TableSnapshot.of(table, context.messages()));
    }

    public static <T> Button button(UiContext context, TreeTableView<T> table, String fileName) {
        return button(context, fileName, () -> TableSnapshot.of(table, context.messages()));
    }

    private static Button button(UiContext context, String fileName, Supplier<TableSnapshot> table) {
        Messages messages = context.messages();
        Button button = new Button(messages.get("form.export"));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            chooser.setInitialFileName(fileName + ".xlsx");
            File file = context.saveFile(chooser, vn.dxoutreach.ui.UiSettings.EXPORT);
            if (file == null) {
                return;
            }
            TableSnapshot shown = table.get();
            BackgroundTask.of(() -> {
                TableExport.write(file.toPath(), shown.headers(), shown.rows());
                return file;
            }).onSuccess(f -> context.dialogs().fileSaved(messages.get("form.exported", shown.rows().size(), f),
                    f.toPath()))
                    .run(context.dialogs(), messages.get("form.exportFailed"));
        });
        return button;
    }
}
