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
    private javafx.application.HostServices hostServices;

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

    /** Asks a question with its own answers (e.g. "Lưu dù vậy" / "Sửa lại"); true for {@code yes}. */
    public boolean confirm(String message, String yesLabel, String noLabel) {
        Alert alert = alert(Alert.AlertType.WARNING, message);
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        // Enter must not save by accident: the safe answer is the default
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Says that a file was written and offers to open it or the folder it is in; opening goes
     * through the application's host services (or the system's opener when there are none).
     */
    public void fileSaved(String message, java.nio.file.Path file) {
        Alert alert = alert(Alert.AlertType.INFORMATION, message);
        ButtonType openFile = new ButtonType(messages.get("dialog.file.open"), ButtonBar.ButtonData.LEFT);
        ButtonType openFolder = new ButtonType(messages.get("dialog.file.openFolder"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("dialog.file.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(openFile, openFolder, close);
        Optional<ButtonType> answer = alert.showAndWait();
        java.nio.file.Path target = answer.filter(openFile::equals).isPresent() ? file
                : answer.filter(openFolder::equals).isPresent() ? file.toAbsolutePath().getParent() : null;
        if (target != null) {
            open(target);
        }
    }

    /** Opens a file or folder with the system's program for it; says so when that fails. */
    public void open(java.nio.file.Path target) {
        try {
            if (hostServices != null) {
                hostServices.showDocument(target.toUri().toString());
            } else {
                SystemOpener.open(target);
            }
        } catch (java.io.IOException | RuntimeException e) {
            error(messages.get("dialog.file.openFailed", target), e);
        }
    }

    /**
     * Opens a news item's address in the browser, through the application's host services (or the
     * system's opener); an address that is not an http(s) URL is never handed to the system.
     */
    public void browse(String link) {
        java.util.Optional<java.net.URI> address = vn.dxoutreach.domain.WebLink.parse(link);
        if (address.isEmpty()) {
            info(messages.get("dialog.link.invalid", link == null ? "" : link.strip()));
            return;
        }
        try {
            if (hostServices != null) {
                hostServices.showDocument(address.get().toASCIIString());
            } else {
                SystemOpener.browse(address.get());
            }
        } catch (java.io.IOException | RuntimeException e) {
            error(messages.get("dialog.link.openFailed", address.get().toString()), e);
        }
    }

    /** The application's host services, when it runs as the desktop application. */
    public void hostServices(javafx.application.HostServices services) {
        this.hostServices = services;
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
