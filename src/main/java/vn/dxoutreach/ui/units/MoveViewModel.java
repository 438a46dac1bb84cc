package vn.dxoutreach.ui.units;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.UnitReorganisation;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * Moves a unit, with everything below it, to another parent from a day (a village handed to a new
 * commune, a commune placed directly under the province): records before the day stay with the
 * old parent. Checks use the tree given at the start; {@link #save()} writes (off the FX thread).
 */
public final class MoveViewModel {

    public static final String PARENT = "parent";
    public static final String DATE = "date";

    private final Store store;
    private final Messages messages;
    private final UnitTree tree;
    private final Unit unit;
    private final ObjectProperty<Unit> parent = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");

    public MoveViewModel(Store store, Messages messages, UnitTree tree, Unit unit) {
        this.store = store;
        this.messages = messages;
        this.tree = tree;
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** The units it can move under: those still existing, not below it, not its parent now. */
    public List<Unit> places() {
        return tree.all().stream()
                .filter(u -> u.validTo() == null && !tree.isWithin(u.id(), unit.id()) && !u.id().equals(unit.parentId()))
                .sorted(Comparator.comparing((Unit u) -> tree.path(u.id()))).toList();
    }

    public String describe(Unit place) {
        return place.code() + " – " + tree.path(place.id());
    }

    public ObjectProperty<Unit> parentProperty() {
        return parent;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        LocalDate day = errors.date(DATE, date.get(), true);
        if (parent.get() == null) {
            errors.add(PARENT, messages.get("move.error.noParent"));
        } else if (tree.isWithin(parent.get().id(), unit.id())) {
            errors.add(PARENT, messages.get("move.error.below", unit.name()));
        }
        if (day != null) {
            LocalDate earliest = unit.parentSince() != null ? unit.parentSince() : unit.validFrom();
            if (earliest != null && !day.isAfter(earliest)) {
                errors.add(DATE, messages.get("move.error.tooEarly", Formats.date(earliest)));
            }
        }
        return errors;
    }

    /** "Chuyển Thôn Đông về Xã Hòa Bình từ ngày 01/07/2025", for the user to confirm. */
    public String sentence() {
        LocalDate day = new FieldErrors(messages).date(DATE, date.get(), true);
        return messages.get("move.sentence", unit.name(), parent.get() == null ? "" : parent.get().name(),
                day == null ? date.get() : Formats.date(day));
    }

    /** Writes the move (after an empty {@link #validate}, off the FX thread). */
    public Unit save() {
        LocalDate day = new FieldErrors(messages).date(DATE, date.get(), true);
        return new UnitReorganisation(store).move(unit.id(), parent.get().id(), day);
    }
}
