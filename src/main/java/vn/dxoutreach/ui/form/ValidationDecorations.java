package vn.dxoutreach.ui.form;

import java.util.LinkedHashMap;
import java.util.Map;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a ViewModel's {@link FieldErrors} on a form: each wrong control gets ControlsFX's error
 * mark (icon with the message as tooltip) and the theme's red border, and a summary label under the form lists
 * the messages so that nobody has to hover to read them.
 */
public final class ValidationDecorations {

    /** Style class of the summary label. */
    public static final String SUMMARY_STYLE = "form-errors";

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final ValidationDecoration decoration = new GraphicValidationDecoration();
    private final Label summary = new Label();

    public ValidationDecorations() {
        summary.getStyleClass().add(SUMMARY_STYLE);
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.setManaged(false);
        summary.setVisible(false);
    }

    /** Ties a field name of the ViewModel to the control that edits it; {@code label} names it in the summary. */
    public ValidationDecorations bind(String field, String label, Control control) {
        controls.put(field, control);
        labels.put(field, label);
        return this;
    }

    /** The label that lists the messages; place it under the form. */
    public Label summary() {
        return summary;
    }

    /** Marks the controls of the wrong fields and clears the others. */
    public void show(FieldErrors errors) {
        StringBuilder text = new StringBuilder();
        controls.forEach((field, control) -> {
            decoration.removeDecorations(control);
            // the theme's own red border: ControlsFX's style-class marks do not show under AtlantaFX
            control.pseudoClassStateChanged(Styles.STATE_DANGER, errors.has(field));
            errors.message(field).ifPresent(message -> {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
                text.append(text.length() == 0 ? "" : "\n").append(labels.get(field)).append(": ").append(message);
            });
        });
        for (String field : errors.fields()) {
            if (!controls.containsKey(field)) {
                errors.message(field).ifPresent(m -> text.append(text.length() == 0 ? "" : "\n").append(m));
            }
        }
        summary.setText(text.toString());
        summary.setManaged(text.length() > 0);
        summary.setVisible(text.length() > 0);
    }

    /** Removes every mark, e.g. when the form is cleared. */
    public void clear() {
        controls.values().forEach(control -> {
            decoration.removeDecorations(control);
            control.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        });
        summary.setText("");
        summary.setManaged(false);
        summary.setVisible(false);
    }
}
