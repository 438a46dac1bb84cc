package vn.dxoutreach.ui.units;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.UnitReorganisation;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * Records a merger: units of any parents and levels end the day before the merger, and a new unit
 * under any parent (or an existing unit) carries them from that day, with their history and their
 * children. What will be merged is one visible list; the user confirms the sentence
 * {@link #sentence()} before {@link #save()}, which is the only method that writes (run it off the
 * FX thread). Checks use the tree given at the start, not the store.
 */
public final class MergerViewModel {

    public static final String DATE = "date";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String PARENT = "parent";
    public static final String INTO = "into";
    public static final String PREDECESSORS = "predecessors";

    private final Store store;
    private final Messages messages;
    private final UnitTree tree;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Unit> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> into = new SimpleObjectProperty<>();
    private final ObservableList<Unit> merged = FXCollections.observableArrayList();

    public MergerViewModel(Store store, Messages messages, UnitTree tree) {
        this.store = store;
        this.messages = messages;
        this.tree = tree;
    }

    /** The units that can still be merged: every unit that has not ended, not yet in the list, by place. */
    public List<Unit> candidates() {
        return tree.all().stream().filter(u -> u.validTo() == null && !merged.contains(u))
                .sorted(Comparator.comparing((Unit u) -> tree.path(u.id()))).toList();
    }

    /** The units a new unit can be placed under, or merged into: every unit that has not ended. */
    public List<Unit> places() {
        return tree.all().stream().filter(u -> u.validTo() == null)
                .sorted(Comparator.comparing((Unit u) -> tree.path(u.id()))).toList();
    }

    /** A unit as the pickers show it: its name, code and where it lies. */
    public String describe(Unit unit) {
        String path = tree.path(unit.id());
        return unit.code() + " – " + path;
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

    /** Where the new unit lies; ignored when merging into an existing unit. */
    public ObjectProperty<Unit> parentProperty() {
        return parent;
    }

    /** The existing unit that takes the merged ones in; null for a new unit. */
    public ObjectProperty<Unit> intoProperty() {
        return into;
    }

    /** Exactly the units that will be merged. */
    public ObservableList<Unit> merged() {
        return merged;
    }

    /**
     * Starts from the unit chosen in the tree: it is the first in the list, and the new unit goes
     * under its parent, or the nearest unit above that still exists (a commune of an abolished
     * district: the province).
     */
    public void startFrom(Unit unit) {
        add(unit);
        Unit place = unit.parentId() == null ? null : tree.get(unit.parentId()).orElse(null);
        while (place != null && place.validTo() != null) {
            place = place.parentId() == null ? null : tree.get(place.parentId()).orElse(null);
        }
        parent.set(place);
    }

    /** Adds a unit to the merger (once). */
    public void add(Unit unit) {
        if (unit != null && !merged.contains(unit)) {
            merged.add(unit);
        }
    }

    /** Sets the units being merged. */
    public void choose(List<Unit> units) {
        merged.setAll(units);
    }

    /** The level of a new unit: the merged units' own when they share one below the parent, else the parent's + 1. */
    public int newLevel() {
        int below = parent.get() == null ? 1 : parent.get().level() + 1;
        List<Integer> levels = merged.stream().map(Unit::level).distinct().toList();
        return levels.size() == 1 && levels.get(0) >= below ? levels.get(0) : below;
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        LocalDate day = errors.date(DATE, date.get(), true);
        if (into.get() == null) {
            String codeText = errors.required(CODE, code.get());
            if (!codeText.isEmpty() && tree.byCode(codeText).isPresent()) {
                errors.add(CODE, messages.get("units.error.codeTaken", codeText));
            }
            errors.required(NAME, name.get());
            if (parent.get() == null) {
                errors.add(PARENT, messages.get("merger.error.noParent"));
            }
        }
        if (merged.isEmpty()) {
            errors.add(PREDECESSORS, messages.get("merger.error.none"));
        }
        Unit place = into.get() != null ? into.get() : parent.get();
        for (Unit unit : merged) {
            if (place != null && tree.isWithin(place.id(), unit.id())) {
                errors.add(into.get() != null ? INTO : PARENT,
                        messages.get("merger.error.placeMerged", place.name(), unit.name()));
            }
            if (day != null && unit.validFrom() != null && !unit.validFrom().isBefore(day)) {
                errors.add(DATE, messages.get("merger.error.tooEarly", unit.name()));
            }
            if (day != null && unit.validTo() != null && unit.validTo().isBefore(day.minusDays(1))) {
                errors.add(PREDECESSORS, messages.get("merger.error.ended", unit.name(), Formats.date(unit.validTo())));
            }
        }
        return errors;
    }

    /** "Sáp nhập Xã A, Xã B thành Xã C từ ngày 01/07/2025", for the user to confirm. */
    public String sentence() {
        String names = merged.stream().map(Unit::name).collect(Collectors.joining(", "));
        String result = into.get() != null ? into.get().name() : name.get().strip();
        LocalDate day = new FieldErrors(messages).date(DATE, date.get(), true);
        return messages.get(into.get() != null ? "merger.sentence.into" : "merger.sentence.new",
                names.isEmpty() ? "…" : names, result.isEmpty() ? "…" : result, day == null ? "…" : Formats.date(day));
    }

    /**
     * Writes the merger in one transaction (call after {@link #validate} came back empty, off the FX
     * thread); returns the unit the merged ones now live on in.
     */
    public Unit save() {
        LocalDate day = new FieldErrors(messages).date(DATE, date.get(), true);
        List<java.util.UUID> ids = merged.stream().map(Unit::id).toList();
        UnitReorganisation reorganisation = new UnitReorganisation(store);
        if (into.get() != null) {
            return reorganisation.mergeInto(into.get().id(), ids, day);
        }
        return reorganisation.mergeIntoNew(ids, code.get().strip(), name.get().strip(), newLevel(),
                parent.get().id(), day);
    }
}
