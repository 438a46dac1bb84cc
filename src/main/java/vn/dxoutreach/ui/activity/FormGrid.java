package vn.dxoutreach.ui.activity;

import atlantafx.base.theme.Styles;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The rows of a form: a label, the field, and under it the field's error in words. A field's error
 * shows (with a ControlsFX decoration) once the user has left the field or tried to save, so that
 * an empty new form is not covered in red.
 */
public final class FormGrid extends GridPane {

    public static final String ERROR_STYLE = "field-error";

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    /** Fields that took the focus since the form was reset: leaving one of these marks it touched. */
    private final Set<String> visited = new HashSet<>();
    private final ValidationDecoration decoration = new CornerDecoration();
    private Map<String, String> errors = Map.of();
    private boolean revealAll;
    private int row;

    public FormGrid() {
        setHgap(10);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setPrefWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; {@code field} names the view model field whose errors it shows, or null. */
    public <C extends Control> C add(String label, String field, C control) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.setWrapText(true);
        control.setMaxWidth(Double.MAX_VALUE);
        add(caption, 0, row);
        add(control, 1, row++);
        if (field != null) {
            Label error = new Label();
            error.getStyleClass().addAll(ERROR_STYLE, Styles.DANGER, Styles.TEXT_SMALL);
            error.setWrapText(true);
            error.setId("error-" + field);
            error.setManaged(false);
            error.setVisible(false);
            add(error, 1, row++);
            controls.put(field, control);
            errorLabels.put(field, error);
            control.focusedProperty().addListener((obs, was, now) -> {
                if (now) {
                    visited.add(field);
                } else if (was && visited.contains(field) && touched.add(field)) {
                    show(errors);
                }
            });
        }
        return control;
    }

    /** Shows the errors of the fields the user has been through (all of them after {@link #revealAll()}). */
    public void show(Map<String, String> newErrors) {
        this.errors = newErrors;
        controls.forEach((field, control) -> {
            String message = revealAll || touched.contains(field) ? newErrors.get(field) : null;
            Label label = errorLabels.get(field);
            decoration.removeDecorations(control);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
            if (message == null) {
                label.setText("");
                label.setManaged(false);
                label.setVisible(false);
                control.setTooltip(null);
            } else {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
                label.setText(message);
                label.setManaged(true);
                label.setVisible(true);
                control.setTooltip(new Tooltip(message));
            }
        });
    }

    /** After a save attempt: every field's error shows. */
    public void revealAll() {
        revealAll = true;
        show(errors);
    }

    /** A fresh form: errors hide until the user goes through the fields again. */
    public void reset() {
        revealAll = false;
        touched.clear();
        // the field that has the focus as the form is cleared (the one just saved from) is not
        // touched when the focus moves on: a fresh form opens without red
        visited.clear();
        show(errors);
    }

    /** The first field that has an error, to move the focus there. */
    public Control firstWithError() {
        return controls.entrySet().stream().filter(e -> errors.containsKey(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** ControlsFX's error mark, on the field's top-left corner where it hides no text. */
    private static final class CornerDecoration extends GraphicValidationDecoration {

        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            return List.of(new GraphicDecoration(createDecorationNode(message), Pos.TOP_LEFT));
        }
    }
}
