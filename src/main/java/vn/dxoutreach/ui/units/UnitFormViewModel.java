package vn.dxoutreach.ui.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/** The form of one unit: a new child of a unit, or an existing unit being edited. */
public final class UnitFormViewModel {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    public static final String TYPE = "type";

    private final Store store;
    private final Messages messages;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final ObjectProperty<UnitType> type = new SimpleObjectProperty<>(UnitType.ADMINISTRATIVE);
    private Unit parent;
    private Unit editing;
    private int childLevel = 1;

    public UnitFormViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Starts a new unit below {@code parent}, on the level of its children of today (see {@link #level}). */
    public void startChild(Unit parent) {
        this.parent = parent;
        this.editing = null;
        this.childLevel = parent == null ? 1 : childLevel(parent);
        fill("", "", null, null);
        type.set(UnitType.ADMINISTRATIVE);
    }

    /** The level of the parent's children of today (communes under a province whose districts ended), else the next. */
    private int childLevel(Unit parent) {
        return store.units.tree().childLevelOn(parent.id(), LocalDate.now(store.clock())).orElse(parent.level() + 1);
    }

    /** Starts editing an existing unit. */
    public void startEdit(Unit unit) {
        this.parent = unit.parentId() == null ? null : store.units.find(unit.parentId()).orElse(null);
        this.editing = unit;
        fill(unit.code(), unit.name(), unit.validFrom(), unit.validTo());
        type.set(unit.type());
    }

    private void fill(String codeText, String nameText, LocalDate from, LocalDate to) {
        code.set(codeText);
        name.set(nameText);
        validFrom.set(Formats.date(from));
        validTo.set(Formats.date(to));
    }

    public boolean isActive() {
        return parent != null || editing != null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The parent of the unit in the form (null for a top unit). */
    public Unit parent() {
        return parent;
    }

    /** The level the unit in the form has or will have. */
    public int level() {
        return editing != null ? editing.level() : parent == null ? 1 : childLevel;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty validFromProperty() {
        return validFrom;
    }

    public StringProperty validToProperty() {
        return validTo;
    }

    /** Administrative (the default) or the kind of organisation lying under an administrative unit. */
    public ObjectProperty<UnitType> typeProperty() {
        return type;
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        String codeText = errors.required(CODE, code.get());
        if (!codeText.isEmpty()) {
            Optional<Unit> other = store.units.findByCode(codeText);
            if (other.isPresent() && (editing == null || !other.get().id().equals(editing.id()))) {
                errors.add(CODE, messages.get("units.error.codeTaken", codeText));
            }
        }
        errors.required(NAME, name.get());
        LocalDate from = errors.date(VALID_FROM, validFrom.get(), false);
        LocalDate to = errors.date(VALID_TO, validTo.get(), false);
        errors.order(VALID_TO, from, to);
        checkType(errors);
        return errors;
    }

    /**
     * Organisations lie under an administrative unit and nothing lies under them: a unit cannot be added
     * below an organisation, and a unit with units below it cannot become one.
     */
    private void checkType(FieldErrors errors) {
        if (parent != null && !parent.administrative()) {
            errors.add(TYPE, messages.get("units.error.organisationParent", parent.name(), messages.label(parent.type())));
        }
        if (editing != null && type.get() != null && type.get().isOrganisation()) {
            int below = store.units.tree().children(editing.id()).size();
            if (below > 0) {
                errors.add(TYPE, messages.get("units.error.organisationChildren", editing.name(), below));
            }
        }
    }

    /** The unit being edited, or the one just saved. */
    public Optional<Unit> current() {
        return Optional.ofNullable(editing);
    }

    /** Saves the unit when the form is valid (it then becomes {@link #current}); nothing is saved otherwise. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty() || !isActive()) {
            return errors;
        }
        LocalDate from = Formats.parseDate(validFrom.get()).orElse(null);
        LocalDate to = Formats.parseDate(validTo.get()).orElse(null);
        UnitType chosen = type.get() == null ? UnitType.ADMINISTRATIVE : type.get();
        Unit unit = editing == null
                ? Unit.fresh(code.get().strip(), name.get().strip(), level(), parent.id(), from, to, List.of(),
                        store.clock().instant()).withType(chosen)
                : new Unit(editing.meta(), code.get().strip(), name.get().strip(), editing.level(), editing.parentId(),
                        from, to, editing.predecessors(), editing.formerParents(), chosen);
        editing = store.units.save(unit);
        return errors;
    }
}
