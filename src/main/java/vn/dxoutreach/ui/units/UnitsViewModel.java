package vn.dxoutreach.ui.units;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/** Đơn vị: the unit tree with its level names; deletion rules and the level-name editor. */
public final class UnitsViewModel {

    public static final String LEVELS = "levels";

    private final Store store;
    private final Messages messages;
    private UnitTree tree = new UnitTree(List.of());
    private List<LevelName> levels = List.of();
    /** Every unit's name, merged-away and deleted ones too: the "merged from" cells read it, never the store. */
    private Map<UUID, String> names = Map.of();

    /** What the screen shows, read together. */
    public record Loaded(UnitTree tree, List<LevelName> levels, Map<UUID, String> names) {
    }

    public UnitsViewModel(Store store, Messages messages) {
        this(store, messages, true);
    }

    /** @param loadNow false to start empty and {@link #show} what {@link #load} reads off the FX thread */
    UnitsViewModel(Store store, Messages messages, boolean loadNow) {
        this.store = store;
        this.messages = messages;
        if (loadNow) {
            refresh();
        }
    }

    /** Reads the tree, the level names and every unit's name; store work, for the task runner. */
    public Loaded load() {
        Map<UUID, String> all = store.units.listAll().stream()
                .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        return new Loaded(store.units.tree(), store.levels.list(), all);
    }

    /** Shows what was read; on the FX thread. */
    public void show(Loaded loaded) {
        tree = loaded.tree();
        levels = loaded.levels();
        names = loaded.names();
    }

    /** Reads the tree and the level names again. */
    public void refresh() {
        show(load());
    }

    /** Whether a change of the store alters what Đơn vị shows. */
    public boolean shows(vn.dxoutreach.store.StoreChange change) {
        return change.touches(vn.dxoutreach.store.DataKind.UNIT, vn.dxoutreach.store.DataKind.LEVEL_NAME);
    }

    public UnitTree tree() {
        return tree;
    }

    public List<LevelName> levels() {
        return levels;
    }

    /** The user's name of a level, or "Cấp n" when it has none. */
    public String levelName(int level) {
        return levels.stream().filter(l -> l.level() == level).map(LevelName::name).findFirst()
                .orElse(messages.get("units.levelNumber", level));
    }

    /** The names of the units merged into this one, for the table. */
    public String predecessorNames(Unit unit) {
        return unit.predecessors().stream()
                .map(id -> names.getOrDefault(id, ""))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** The unit's validity for the table: "01/01/2020 – 30/06/2025", "từ …", "đến …" or blank. */
    public String validity(Unit unit) {
        if (unit.validFrom() == null && unit.validTo() == null) {
            return "";
        }
        if (unit.validTo() == null) {
            return messages.get("units.validity.from", Formats.date(unit.validFrom()));
        }
        if (unit.validFrom() == null) {
            return messages.get("units.validity.to", Formats.date(unit.validTo()));
        }
        return messages.get("plans.period", Formats.date(unit.validFrom()), Formats.date(unit.validTo()));
    }

    /** Why the unit must not be deleted, in words for the user; empty when it may be. */
    public Optional<String> deleteProblem(Unit unit) {
        Optional<UUID> office = new Office(store).unit().map(Unit::id);
        if (office.isPresent() && office.get().equals(unit.id())) {
            return Optional.of(messages.get("units.error.deleteOffice"));
        }
        int children = tree.children(unit.id()).size();
        if (children > 0) {
            return Optional.of(messages.get("units.error.deleteChildren", unit.name(), children));
        }
        long records = store.units.liveRecordCount(unit.id());
        if (records > 0) {
            return Optional.of(messages.get("units.error.deleteRecords", unit.name(), records));
        }
        Optional<Unit> successor = tree.all().stream().filter(u -> u.predecessors().contains(unit.id())).findFirst();
        return successor.map(s -> messages.get("units.error.deleteMerged", unit.name(), s.name()));
    }

    /** Tombstones the unit; call only when {@link #deleteProblem} is empty. */
    public void delete(Unit unit) {
        store.units.delete(unit.id());
        refresh();
    }

    /** The level names as one line for the editor. */
    public String levelsText() {
        return LevelScheme.format(levels);
    }

    /** Replaces the level names; refuses to name fewer levels than the tree uses. */
    public FieldErrors saveLevels(String text) {
        FieldErrors errors = new FieldErrors(messages);
        List<LevelName> names = LevelScheme.read(errors, LEVELS, text, messages.get("levels.error.blankPart"));
        int deepest = tree.all().stream().mapToInt(Unit::level).max().orElse(0);
        if (errors.isEmpty() && names.size() < deepest) {
            errors.add(LEVELS, messages.get("levels.error.tooFew", deepest));
        }
        if (errors.isEmpty()) {
            store.levels.replaceAll(names);
            refresh();
        }
        return errors;
    }
}
