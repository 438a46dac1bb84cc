package vn.dxoutreach.ui.welcome;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * A table cell that is always a text field bound to a property of its row, so that what the
 * user types is kept without pressing Enter (a plain editing cell drops it on focus loss).
 */
final class BoundTextCell<S> extends TableCell<S, S> {

    private final Function<S, StringProperty> property;
    private final TextField field = new TextField();
    private StringProperty bound;

    BoundTextCell(Function<S, StringProperty> property, String styleClass, String prompt) {
        this.property = property;
        field.getStyleClass().add(styleClass);
        field.setPromptText(prompt);
    }

    @Override
    protected void updateItem(S row, boolean empty) {
        super.updateItem(row, empty);
        if (bound != null) {
            field.textProperty().unbindBidirectional(bound);
            bound = null;
        }
        if (empty || row == null) {
            setGraphic(null);
        } else {
            bound = property.apply(row);
            field.textProperty().bindBidirectional(bound);
            setGraphic(field);
        }
        setText(null);
    }
}
