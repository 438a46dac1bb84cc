package vn.dxoutreach.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * The one look of the application: AtlantaFX Primer Light, the bundled Noto Sans so that no
 * PC shows boxes for Vietnamese letters, and the application's own style sheet.
 */
public final class Theme {

    /** Font family set on every scene's root. */
    public static final String UI_FONT = "Noto Sans";

    private static final String[] FONTS = {
            "/fonts/NotoSans-Regular.ttf", "/fonts/NotoSans-Bold.ttf", "/fonts/NotoSans-Italic.ttf"};

    private Theme() {
    }

    /** Loads the fonts and sets the user-agent style sheet; call before the first scene. */
    public static void install() {
        for (String font : FONTS) {
            var in = Theme.class.getResourceAsStream(font);
            if (in != null) {
                try (in) {
                    Font.loadFont(in, 13);
                } catch (java.io.IOException ignored) {
                    // a missing font falls back to the system's; the UI stays usable
                }
            }
        }
        // the theme's compiled (binary) style sheet: the same rules, without parsing 170 kB of CSS at start
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** The application icon at the sizes window managers ask for. */
    public static java.util.List<javafx.scene.image.Image> icons() {
        java.util.List<javafx.scene.image.Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 64, 256}) {
            var url = Theme.class.getResource("/icons/dx-outreach-" + size + ".png");
            if (url != null) {
                icons.add(new javafx.scene.image.Image(url.toExternalForm(), true));
            }
        }
        return icons;
    }

    /** Applies the application's style sheet and font to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(Theme.class.getResource("/css/app.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-family: '" + UI_FONT + "';");
    }
}
