package vn.dxoutreach.ui.exchange;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.exchange.pkg.ConflictLog;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.DialogService;
import vn.dxoutreach.ui.form.TableColumns;

/** "Xung đột đã ghi": the logged conflicts, the chosen one's two versions, and restoring the one not kept. */
final class ConflictLogView extends VBox {

    private final ConflictLogViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final TableView<ConflictLog.Entry> table = new TableView<>();
    private final ComparisonGrid comparison = new ComparisonGrid();

    ConflictLogView(ConflictLogViewModel model, Messages messages, DialogService dialogs) {
        super(10);
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        setId("conflict-log");
        table.getColumns().setAll(List.of(
                TableColumns.of(messages.get("exchange.log.column.decidedAt"), model::decidedAt, 170),
                TableColumns.of(messages.get("exchange.column.kind"), model::kind, 130),
                TableColumns.of(messages.get("exchange.conflict.column.record"), model::title, 380),
                TableColumns.of(messages.get("exchange.column.sender"), model::peer, 260)));
        table.setPlaceholder(new Label(messages.get("exchange.log.empty")));
        table.setPrefHeight(200);
        table.setMinHeight(160);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, entry) -> {
            if (entry == null) {
                comparison.clear();
            } else {
                comparison.show(messages.get("exchange.conflict.column.field"), model.compare(entry));
            }
        });
        Button restore = new Button(messages.get("exchange.log.restore"));
        restore.setId("conflict-log-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> restore(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label(messages.get("exchange.log.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // a long record scrolls inside the dialog instead of pushing its buttons off the screen
        ScrollPane versions = new ScrollPane(comparison);
        versions.setFitToWidth(true);
        versions.setPrefHeight(340);
        VBox.setVgrow(versions, Priority.ALWAYS);
        getChildren().setAll(hint, table, restore, versions);
        // the dialog takes its first size from its content: wide enough for both versions side by side
        setMinSize(900, 560);
        setPrefSize(1000, 640);
        reload();
    }

    private void reload() {
        BackgroundTask.of(model::entries).onSuccess(entries -> {
            table.getItems().setAll(entries);
            if (!entries.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        }).run(dialogs, messages.get("exchange.log.failed"));
    }

    private void restore(ConflictLog.Entry entry) {
        if (entry == null || !dialogs.confirm(model.restoreQuestion(entry))) {
            return;
        }
        BackgroundTask.of(() -> model.restore(entry)).onSuccess(dialogs::info)
                .run(dialogs, messages.get("exchange.log.failed"));
    }
}
