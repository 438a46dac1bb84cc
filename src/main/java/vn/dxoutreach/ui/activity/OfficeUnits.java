package vn.dxoutreach.ui.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.text.Messages;

/**
 * The units an office records for: its own unit and every unit below it, in tree order
 * (a parent, then its children by code), each with its depth for indented lists.
 */
public final class OfficeUnits {

    /** A unit and how far below the office it lies (0 for the office itself). */
    public record Choice(Unit unit, int depth) {
    }

    private final UnitTree tree;
    private final Unit office;
    private final Set<UUID> ids;
    private final List<Choice> choices;
    private final Map<UUID, Integer> depths = new HashMap<>();
    private final Map<String, Integer> nameCounts = new HashMap<>();

    public OfficeUnits(UnitTree tree, Unit office) {
        this.tree = tree;
        this.office = office;
        this.ids = Collections.unmodifiableSet(tree.subtree(office.id()));
        List<Choice> ordered = new ArrayList<>();
        collect(office, 0, ordered);
        this.choices = List.copyOf(ordered);
        ordered.forEach(c -> depths.put(c.unit().id(), c.depth()));
        ordered.forEach(c -> nameCounts.merge(c.unit().name(), 1, Integer::sum));
    }

    private void collect(Unit unit, int depth, List<Choice> into) {
        into.add(new Choice(unit, depth));
        for (Unit child : tree.children(unit.id())) {
            collect(child, depth + 1, into);
        }
    }

    public Unit office() {
        return office;
    }

    public List<Choice> choices() {
        return choices;
    }

    /** How far below the office the unit lies, 0 for the office or an unknown unit. */
    public int depth(UUID unitId) {
        return depths.getOrDefault(unitId, 0);
    }

    /** Whether the unit is the office or lies below it. */
    public boolean contains(UUID unitId) {
        return unitId != null && ids.contains(unitId);
    }

    /** The unit and its descendants, for a table filter. */
    public Set<UUID> subtree(UUID unitId) {
        return tree.subtree(unitId);
    }

    public Optional<Unit> get(UUID unitId) {
        return unitId == null ? Optional.empty() : tree.get(unitId);
    }

    /**
     * The unit's name as a list shows it: with its parent's name when another unit of the office
     * has the same name ("Thôn 3" in every commune, "Xã An Bình" in two districts).
     */
    public String label(UUID unitId, Messages messages) {
        Optional<Unit> unit = get(unitId);
        if (unit.isEmpty()) {
            return "";
        }
        if (nameCounts.getOrDefault(unit.get().name(), 0) < 2 || unit.get().parentId() == null) {
            return unit.get().name();
        }
        return messages.get("activity.unit.within", unit.get().name(), name(unit.get().parentId()));
    }

    /** The unit's name, or an empty text for an unknown unit. */
    public String name(UUID unitId) {
        return get(unitId).map(Unit::name).orElse("");
    }
}
