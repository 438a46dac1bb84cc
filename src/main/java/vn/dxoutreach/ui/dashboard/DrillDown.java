package vn.dxoutreach.ui.dashboard;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.progress.ActivityRef;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.form.TableExportAction;

/** The records behind a number: date, unit, what it was, and how much it counted. */
final class DrillDown {

    private DrillDown() {
    }

    static void show(UiContext context, String heading, List<ActivityRef> activities, Function<ActivityRef, String> unitName) {
        Messages messages = context.messages();
        TableView<ActivityRef> table = new TableView<>();
        ActivityColumns<ActivityRef> columns = new ActivityColumns<>(messages);
        table.getColumns().setAll(List.of(
                columns.date("dashboard.drill.date", ActivityRef::date),
                columns.text("dashboard.drill.unit", unitName, 200),
                columns.text("dashboard.drill.title", ActivityRef::title, 380),
                columns.number("dashboard.drill.amount", a -> Math.toIntExact(a.measureValue()))));
        table.getItems().setAll(activities);
        table.setPlaceholder(new Label(messages.get("dashboard.drill.none")));
        table.setPrefSize(820, 420);
        table.getColumns().get(0).setMinWidth(100);
        table.getColumns().get(3).setMinWidth(90);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        long sum = activities.stream().mapToLong(ActivityRef::measureValue).sum();
        Label total = new Label(messages.get("dashboard.drill.total", activities.size(), sum));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(context.stage());
        dialog.setTitle(messages.get("dashboard.drill.title.window"));
        dialog.setHeaderText(heading);
        HBox footer = new HBox(12, total, TableExportAction.button(context, table, "hoat-dong"));
        footer.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(8, table, footer));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("dashboard.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setMinWidth(860);
        dialog.setResizable(true);
        dialog.show();
    }
}
