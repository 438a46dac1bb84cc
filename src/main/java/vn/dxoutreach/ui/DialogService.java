package vn.dxoutreach.ui;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import vn.dxoutreach.store.DiskFull;
import vn.dxoutreach.text.Messages;

/** Every dialog the application shows goes through here: short, in the user's language. */
public class DialogService {

    private static final Logger LOG = Logger.getLogger(DialogService.class.getName());

    private final Messages messages;
    private final Window owner;

    public DialogService(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    /**
     * Shows a short error; the technical detail goes to the log once. A full disk is named as
     * such, with what to do, whatever the screen's own message.
     */
    public void error(String message, Throwable detail) {
        if (detail != null) {
            LOG.log(Level.SEVERE, message, detail);
        }
        boolean diskFull = detail != null && DiskFull.in(detail);
        Alert alert = alert(Alert.AlertType.ERROR,
                diskFull ? message + "\n\n" + messages.get("dialog.error.diskFull") : message);
        alert.setHeaderText(messages.get("dialog.error.title"));
        alert.showAndWait();
    }

    public void info(String message) {
        alert(Alert.AlertType.INFORMATION, message).showAndWait();
    }

    /** Asks a yes/no question; true when the user confirms. */
    public boolean confirm(String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, message);
        ButtonType yes = new ButtonType(messages.get("form.ok"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, new ButtonType(messages.get("form.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Shows a form in a dialog. Pressing OK runs {@code accept}; while it returns false (the
     * form shows its errors) the dialog stays open, so nothing typed is lost. True when accepted.
     */
    public boolean form(String title, Node content, BooleanSupplier accept) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setStyle("-fx-font-family: '" + Theme.UI_FONT + "';");
        dialog.getDialogPane().getStylesheets().add(Theme.class.getResource("/css/app.css").toExternalForm());
        ButtonType ok = new ButtonType(messages.get("form.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!accept.getAsBoolean()) {
                e.consume();
                // the form now shows its errors: let the dialog grow to show them
                javafx.application.Platform.runLater(() -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
            }
        });
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        // JavaFX has no Vietnamese texts of its own: no English "Message" header, our own button text
        alert.setHeaderText(null);
        alert.getButtonTypes().replaceAll(button -> button == ButtonType.OK
                ? new ButtonType(messages.get("form.ok"), ButtonBar.ButtonData.OK_DONE) : button);
        return alert;
    }
}
