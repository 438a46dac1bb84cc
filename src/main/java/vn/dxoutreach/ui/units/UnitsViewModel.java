package vn.dxoutreach.ui.units;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.UnitReorganisation;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/** Đơn vị: the unit tree with its level names; deletion rules and the level-name editor. */
public final class UnitsViewModel {

    public static final String LEVELS = "levels";

    private final Store store;
    private final Messages messages;
    // replaced whole after a reorganisation written in the background
    private volatile UnitTree tree;
    private volatile List<LevelName> levels;

    public UnitsViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        refresh();
    }

    /** Reads the tree and the level names again. */
    public void refresh() {
        tree = store.units.tree();
        levels = store.levels.list();
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

    /**
     * Which older units make up this one, for the table: "Sáp nhập từ Xã An Một (Huyện Một), Xã Bình
     * Một (Huyện Hai)", and for a moved unit "Thuộc Huyện Một đến 30/06/2025". Read from the tree in
     * memory, never per cell from the store.
     */
    public String lineage(Unit unit) {
        return vn.dxoutreach.report.LineageText.of(tree, messages, unit);
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
        Optional<Unit> successor = tree.successors(unit.id()).stream().findFirst();
        return successor.map(s -> messages.get("units.error.deleteMerged", unit.name(), s.name()));
    }

    /**
     * Why the unit's last reorganisation cannot be undone, in words for the user; empty when it can.
     * A merger is undone only while nothing was recorded in the unit it formed (reads the store).
     */
    public Optional<String> undoProblem(Unit unit) {
        if (unit.predecessors().isEmpty() && unit.formerParents().isEmpty()) {
            return Optional.of(messages.get("units.undo.nothing", unit.name()));
        }
        if (!unit.predecessors().isEmpty()) {
            long records = store.units.liveRecordCount(unit.id());
            if (records > 0) {
                return Optional.of(messages.get("units.undo.used", unit.name(), records));
            }
        }
        return Optional.empty();
    }

    /** What undoing the unit's last reorganisation does, for the user to confirm. */
    public String undoSentence(Unit unit) {
        if (!unit.predecessors().isEmpty()) {
            String names = unit.predecessors().stream().map(tree::get).flatMap(Optional::stream).map(Unit::name)
                    .collect(Collectors.joining(", "));
            return messages.get("units.undo.merger", unit.name(), names);
        }
        var last = unit.formerParents().get(unit.formerParents().size() - 1);
        return messages.get("units.undo.move", unit.name(),
                tree.get(last.parentId()).map(Unit::name).orElse(""), Formats.date(last.until().plusDays(1)));
    }

    /** Undoes the unit's last reorganisation (a merger into it, else its last move); off the FX thread. */
    public void undo(Unit unit) {
        UnitReorganisation reorganisation = new UnitReorganisation(store);
        if (!unit.predecessors().isEmpty()) {
            reorganisation.undoMerger(unit.id());
        } else {
            reorganisation.undoMove(unit.id());
        }
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
