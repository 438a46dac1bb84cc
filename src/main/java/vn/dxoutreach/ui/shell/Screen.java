package vn.dxoutreach.ui.shell;

import java.util.function.Function;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import vn.dxoutreach.ui.UiContext;

/**
 * A screen of the left navigation: its bundle key, its icon, and how to build its view.
 * Views are built when first opened.
 */
public record Screen(String id, String titleKey, Ikon icon, Function<UiContext, Node> view) {
}
