package vn.dxoutreach.ui.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.text.Messages;

/** The strip across the top of the window while the office is a sample unit, so nobody mistakes it for real data. */
final class SampleBanner extends HBox {

    /** Codes of the sample generator's units start with this. */
    static final String SAMPLE_CODE_PREFIX = "SAMPLE";

    SampleBanner(Messages messages) {
        Label text = new Label(messages.get("sample.banner"), new FontIcon(Material2OutlinedAL.INFO));
        text.setWrapText(true);
        getChildren().add(text);
        setId("sample-banner");
        getStyleClass().add("sample-banner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 16, 8, 16));
    }

    static boolean isSample(Unit office) {
        return office.code().startsWith(SAMPLE_CODE_PREFIX);
    }
}
