package vn.dxoutreach.ui.activity;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * The evidence files of the record in the form: attach (file chooser or drag and drop), open with
 * the system's viewer, remove. Files can only be attached to a saved record.
 */
public final class EvidencePane extends VBox {

    private final UiContext context;
    private final Messages messages;
    private final EvidenceViewModel evidence;
    private final ActivityKind kind;
    private final ListView<Evidence> files = new ListView<>();
    private final Label hint = new Label();
    private final Button attach;
    private final Button open;
    private final Button remove;
    private UUID recordId;
    private UUID unitId;

    public EvidencePane(UiContext context, ActivityKind kind) {
        super(6);
        this.context = context;
        this.messages = context.messages();
        this.evidence = new EvidenceViewModel(context.store());
        this.kind = kind;
        setId("evidence-pane");
        Label title = new Label(messages.get("evidence.title"));
        title.getStyleClass().add("title-4");
        files.setCellFactory(list -> new EvidenceCell(messages, evidence::pathOf));
        files.setPrefHeight(120);
        files.setPlaceholder(new Label(messages.get("evidence.empty")));
        attach = button("evidence.attach", new FontIcon(Material2OutlinedAL.ATTACH_FILE), this::choose);
        attach.setId("evidence-attach");
        open = button("evidence.open", new FontIcon(Material2OutlinedMZ.OPEN_IN_NEW), this::openSelected);
        remove = button("evidence.remove", new FontIcon(Material2OutlinedAL.DELETE), this::removeSelected);
        open.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        HBox buttons = new HBox(6, attach, open, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // the buttons above the list, so that "Đính kèm" is in sight on a 768-pixel screen
        getChildren().addAll(title, hint, buttons, files);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        showRecord(null, null);
    }

    private Button button(String key, FontIcon icon, Runnable action) {
        Button button = new Button(messages.get(key), icon);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Shows the files of a saved record; null for a new record (nothing can be attached yet). */
    public void showRecord(UUID record, UUID unit) {
        this.recordId = record;
        this.unitId = unit;
        attach.setDisable(record == null);
        files.setDisable(record == null);
        hint.setText(messages.get(record == null ? "evidence.saveFirst" : "evidence.hint"));
        files.getItems().clear();
        if (record != null) {
            reload();
        }
    }

    private void reload() {
        UUID shown = recordId;
        BackgroundTask.of(() -> evidence.ofRecord(shown))
                .onSuccess(list -> {
                    if (shown.equals(recordId)) {
                        files.getItems().setAll(list);
                    }
                })
                .run(context.dialogs(), messages.get("evidence.error.load"));
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("evidence.attach"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("evidence.filter.all"), "*.*"),
                new FileChooser.ExtensionFilter(messages.get("evidence.filter.photos"), "*.jpg", "*.jpeg", "*.png"));
        List<File> chosen = context.openFiles(chooser, vn.dxoutreach.ui.UiSettings.EVIDENCE);
        if (chosen != null) {
            attachAll(chosen);
        }
    }

    private void dragOver(DragEvent event) {
        if (recordId != null && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean done = recordId != null && event.getDragboard().hasFiles();
        if (done) {
            attachAll(event.getDragboard().getFiles());
        }
        event.setDropCompleted(done);
        event.consume();
    }

    /** Copies the files into the data folder off the FX thread and attaches them to the record. */
    public void attachAll(List<File> chosen) {
        UUID record = recordId;
        UUID unit = unitId;
        List<Path> paths = chosen.stream().filter(File::isFile).map(File::toPath).toList();
        BackgroundTask.of(() -> {
            evidence.attach(paths, record, kind, unit);
            return null;
        }).onSuccess(nothing -> reload()).run(context.dialogs(), messages.get("evidence.error.attach"));
    }

    private void openSelected() {
        Evidence chosen = files.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        Path stored = evidence.pathOf(chosen);
        BackgroundTask.of(() -> {
            SystemViewer.open(stored, chosen.fileName());
            return null;
        }).onFailure(error -> context.dialogs().info(messages.get("evidence.error.open", stored)))
                .run(context.dialogs(), messages.get("evidence.error.open", stored));
    }

    private void removeSelected() {
        Evidence chosen = files.getSelectionModel().getSelectedItem();
        if (chosen == null || !context.dialogs().confirm(messages.get("evidence.remove.confirm", chosen.fileName()))) {
            return;
        }
        BackgroundTask.of(() -> {
            evidence.remove(chosen);
            return null;
        }).onSuccess(nothing -> reload()).run(context.dialogs(), messages.get("evidence.error.remove"));
    }
}
