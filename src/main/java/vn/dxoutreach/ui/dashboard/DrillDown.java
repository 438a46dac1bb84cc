package vn.dxoutreach.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.dxoutreach.progress.ActivityRef;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.TableColumns;

/** The records behind a number: date, unit, what it was, and how much it counted. */
final class DrillDown {

    private DrillDown() {
    }

    static void show(UiContext context, String heading, List<ActivityRef> activities, Function<ActivityRef, String> unitName) {
        Messages messages = context.messages();
        TableView<ActivityRef> table = new TableView<>();
        table.getColumns().setAll(List.of(
                TableColumns.of(messages.get("dashboard.drill.date"), a -> Formats.date(a.date()), 110),
                TableColumns.of(messages.get("dashboard.drill.unit"), unitName, 200),
                TableColumns.of(messages.get("dashboard.drill.title"), ActivityRef::title, 380),
                TableColumns.of(messages.get("dashboard.drill.amount"), a -> Formats.number(a.measureValue()), 90)));
        table.getItems().setAll(activities);
        table.setPlaceholder(new Label(messages.get("dashboard.drill.none")));
        table.setPrefSize(820, 420);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        long sum = activities.stream().mapToLong(ActivityRef::measureValue).sum();
        Label total = new Label(messages.get("dashboard.drill.total", activities.size(), sum));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(context.stage());
        dialog.setTitle(messages.get("dashboard.drill.title.window"));
        dialog.setHeaderText(heading);
        dialog.getDialogPane().setContent(new VBox(8, table, total));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("dashboard.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        dialog.show();
    }
}
