package vn.dxoutreach.ui.form;

import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A two-column form: labels on the left (never clipped), fields on the right taking the rest of
 * the width. With {@link ValidationDecorations} attached, {@link #field} also binds the control
 * to a ViewModel field so that its errors show on it.
 */
public final class FormGrid extends GridPane {

    /** Style class of section titles inside a form. */
    public static final String SECTION_STYLE = "form-section";

    private final ValidationDecorations decorations;
    private int row;

    public FormGrid() {
        this(null);
    }

    public FormGrid(ValidationDecorations decorations) {
        this.decorations = decorations;
        setHgap(10);
        setVgap(8);
        setPadding(new Insets(4, 16, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled row and returns the field. */
    public <T extends Node> T add(String label, T field) {
        Label text = new Label(label);
        text.setLabelFor(field);
        text.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        addRow(row++, text, field);
        return field;
    }

    /** Adds a labelled row whose errors (ViewModel field {@code name}) are marked on the control. */
    public <T extends Control> T field(String name, String label, T control) {
        if (decorations != null) {
            decorations.bind(name, label, control);
        }
        return add(label, control);
    }

    /** Adds a text field bound both ways to a ViewModel property; its errors (field {@code name}) show on it. */
    public TextField text(String name, String label, StringProperty property) {
        TextField input = field(name, label, new TextField());
        input.textProperty().bindBidirectional(property);
        return input;
    }

    /** Adds a node across both columns (buttons, tables, hints). */
    public <T extends Node> T wide(T node) {
        if (node instanceof Label label) {
            // a wrapping label in a grid is cut to one line unless it may be as tall as its text
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        add(node, 0, row++, 2, 1);
        return node;
    }

    /** Adds a bold section title across both columns. */
    public Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add(SECTION_STYLE);
        GridPane.setMargin(label, new Insets(8, 0, 0, 0));
        return wide(label);
    }

    /** Adds the decorations' summary label across both columns (call once, after the fields). */
    public void summary() {
        if (decorations != null) {
            wide(decorations.summary());
        }
    }
}
