package vn.dxoutreach.ui.activity;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.report.dossier.DossierText;
import vn.dxoutreach.report.dossier.PhotoMetadata;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** One evidence file in the list: a thumbnail for a photo, an icon for anything else, name and size. */
final class EvidenceCell extends ListCell<Evidence> {

    static final double THUMBNAIL = 56;
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private final Messages messages;
    private final Function<Evidence, Path> fileOf;

    EvidenceCell(Messages messages, Function<Evidence, Path> fileOf) {
        this.messages = messages;
        this.fileOf = fileOf;
    }

    @Override
    protected void updateItem(Evidence evidence, boolean empty) {
        super.updateItem(evidence, empty);
        if (empty || evidence == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        StackPane picture = new StackPane();
        picture.setMinSize(THUMBNAIL, THUMBNAIL);
        picture.setPrefSize(THUMBNAIL, THUMBNAIL);
        if (evidence.isPhoto()) {
            // requested size and background loading: a 12-megapixel photo neither blocks nor fills memory
            Image image = new Image(fileOf.apply(evidence).toUri().toString(), THUMBNAIL, THUMBNAIL, true, true,
                    true);
            picture.getChildren().add(new ImageView(image));
            setTooltip(takenTooltip(fileOf.apply(evidence)));
        } else {
            setTooltip(null);
            FontIcon icon = new FontIcon(iconOf(evidence));
            icon.setIconSize(32);
            picture.getChildren().add(icon);
        }
        Label name = new Label(evidence.fileName());
        Label size = new Label(size(evidence.sizeBytes()));
        size.getStyleClass().add("text-muted");
        HBox line = new HBox(10, picture, new VBox(2, name, size));
        line.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(line);
    }

    /** When and where the photo was taken, read from its EXIF only when the tooltip shows (a header read, milliseconds). */
    private Tooltip takenTooltip(Path file) {
        Tooltip tooltip = new Tooltip("…");
        tooltip.setOnShowing(e -> tooltip.setText(new DossierText(messages).taken(PhotoMetadata.read(file))));
        return tooltip;
    }

    private static org.kordamp.ikonli.Ikon iconOf(Evidence evidence) {
        String type = evidence.mediaType() == null ? "" : evidence.mediaType();
        if (type.startsWith("audio/")) {
            return Material2OutlinedAL.AUDIOTRACK;
        } else if (type.startsWith("video/")) {
            return Material2OutlinedMZ.VIDEOCAM;
        }
        return Material2OutlinedAL.INSERT_DRIVE_FILE;
    }

    private String size(long bytes) {
        if (bytes >= MB) {
            return messages.get("evidence.size.mb", Formats.decimal(bytes / (double) MB, 1));
        } else if (bytes >= KB) {
            return messages.get("evidence.size.kb", Formats.decimal(bytes / (double) KB, 0));
        }
        return messages.get("evidence.size.bytes", Formats.number(bytes));
    }
}
