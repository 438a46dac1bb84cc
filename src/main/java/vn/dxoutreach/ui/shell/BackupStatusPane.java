package vn.dxoutreach.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.DailyBackup;

/**
 * The status bar's part for the day's automatic backup: a spinner and "Dừng sao lưu" while it runs, a
 * short line when it ended; hidden otherwise.
 */
final class BackupStatusPane extends HBox {

    BackupStatusPane(DailyBackup backup, Messages messages) {
        super(8);
        setId("backup-status");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label text = new Label();
        text.setId("backup-status-text");
        Button cancel = new Button(messages.get("backup.auto.cancel"));
        cancel.setId("backup-cancel");
        cancel.setTooltip(new Tooltip(messages.get("backup.auto.cancel.tip")));
        cancel.setOnAction(e -> backup.cancel());
        getChildren().addAll(spinner, text, cancel);
        spinner.visibleProperty().bind(backup.runningProperty());
        spinner.managedProperty().bind(backup.runningProperty());
        cancel.visibleProperty().bind(backup.runningProperty());
        cancel.managedProperty().bind(backup.runningProperty());
        Runnable show = () -> {
            DailyBackup.State state = backup.stateProperty().get();
            String key = switch (state) {
                case RUNNING -> "backup.auto.running";
                case DONE -> "backup.auto.done";
                case CANCELLED -> "backup.auto.cancelled";
                case FAILED -> "backup.auto.failed";
                case IDLE -> null;
            };
            text.setText(key == null ? "" : messages.get(key));
            setVisible(key != null);
            setManaged(key != null);
        };
        backup.stateProperty().addListener((o, a, b) -> show.run());
        show.run();
    }
}
