package vn.dxoutreach.ui.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * Records a merger: the chosen units end the day before the merger, and a new unit of the same
 * level and parent starts on that day with them as predecessors, so their history counts for it.
 */
public final class MergerViewModel {

    public static final String DATE = "date";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String PREDECESSORS = "predecessors";

    private final Store store;
    private final Messages messages;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final List<Unit> chosen = new ArrayList<>();

    public MergerViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** The units that can merge with {@code unit}: itself and its live siblings of the same level still existing. */
    public static List<Unit> candidates(UnitTree tree, Unit unit) {
        List<Unit> siblings = unit.parentId() == null ? tree.roots() : tree.children(unit.parentId());
        return siblings.stream().filter(u -> u.level() == unit.level() && u.validTo() == null).toList();
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Sets the units being merged. */
    public void choose(List<Unit> units) {
        chosen.clear();
        chosen.addAll(units);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        LocalDate day = errors.date(DATE, date.get(), true);
        String codeText = errors.required(CODE, code.get());
        if (!codeText.isEmpty() && store.units.findByCode(codeText).isPresent()) {
            errors.add(CODE, messages.get("units.error.codeTaken", codeText));
        }
        errors.required(NAME, name.get());
        if (chosen.isEmpty()) {
            errors.add(PREDECESSORS, messages.get("merger.error.none"));
        } else if (chosen.stream().map(u -> u.level() + "/" + u.parentId()).distinct().count() > 1) {
            errors.add(PREDECESSORS, messages.get("merger.error.mixed"));
        }
        if (day != null) {
            for (Unit unit : chosen) {
                if (unit.validFrom() != null && !unit.validFrom().isBefore(day)) {
                    errors.add(DATE, messages.get("merger.error.tooEarly", unit.name()));
                }
            }
        }
        return errors;
    }

    /** Saves the new unit and ends the merged ones, in one transaction; nothing is saved when invalid. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate day = errors.date(DATE, date.get(), true);
        Unit first = chosen.get(0);
        store.db().write(c -> {
            for (Unit old : chosen) {
                store.units.save(new Unit(old.meta(), old.code(), old.name(), old.level(), old.parentId(),
                        old.validFrom(), day.minusDays(1), old.predecessors()));
            }
            store.units.save(Unit.fresh(code.get().strip(), name.get().strip(), first.level(), first.parentId(), day,
                    null, chosen.stream().map(Unit::id).toList(), store.clock().instant()));
            return null;
        });
        return errors;
    }
}
