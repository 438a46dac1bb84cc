package vn.dxoutreach.ui.exchange;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Two versions of a record side by side, one line a field; the fields that differ are highlighted. */
final class ComparisonGrid extends GridPane {

    /** Style class of a line whose two values differ. */
    static final String DIFFERS_STYLE = "comparison-differs";

    ComparisonGrid() {
        getStyleClass().add("comparison");
        setHgap(0);
        setVgap(0);
        ColumnConstraints label = new ColumnConstraints(170);
        ColumnConstraints value = new ColumnConstraints(180, 300, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints other = new ColumnConstraints(180, 300, Double.MAX_VALUE);
        other.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(label, value, other);
    }

    /** Shows the comparison; {@code fieldHeading} names the first column. */
    void show(String fieldHeading, Comparison comparison) {
        getChildren().clear();
        addRow(0, cell(fieldHeading, "comparison-heading"), cell(comparison.leftHeading(), "comparison-heading"),
                cell(comparison.rightHeading(), "comparison-heading"));
        int row = 1;
        for (Comparison.Line line : comparison.lines()) {
            String style = line.differs() ? DIFFERS_STYLE : "comparison-same";
            addRow(row++, cell(line.label(), style), cell(line.left(), style), cell(line.right(), style));
        }
    }

    void clear() {
        getChildren().clear();
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMaxHeight(Double.MAX_VALUE);
        label.setPadding(new Insets(4, 8, 4, 8));
        label.getStyleClass().addAll("comparison-cell", style);
        return label;
    }
}
