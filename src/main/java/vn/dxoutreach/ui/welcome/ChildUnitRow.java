package vn.dxoutreach.ui.welcome;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the welcome form's child-unit table: code and name, both typed by the user. */
public final class ChildUnitRow {

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");

    public ChildUnitRow() {
    }

    public ChildUnitRow(String code, String name) {
        this.code.set(code);
        this.name.set(name);
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** A line left completely empty is ignored, not an error. */
    boolean isBlank() {
        return code.get().isBlank() && name.get().isBlank();
    }
}
