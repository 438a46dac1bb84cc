package vn.dxoutreach.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The unit tree in memory: parents, children, descendants and merger history. */
public final class UnitTree {

    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<UUID, List<Unit>> children = new HashMap<>();

    public UnitTree(Collection<Unit> units) {
        for (Unit u : units) {
            byId.put(u.id(), u);
            byCode.put(u.code(), u);
        }
        for (Unit u : units) {
            if (u.parentId() != null && byId.containsKey(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Unit::code)));
    }

    public Optional<Unit> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.strip()));
    }

    public List<Unit> all() {
        return List.copyOf(byId.values());
    }

    /** Units without a parent in this tree, by code. */
    public List<Unit> roots() {
        return byId.values().stream()
                .filter(u -> u.parentId() == null || !byId.containsKey(u.parentId()))
                .sorted(Comparator.comparing(Unit::code))
                .toList();
    }

    public List<Unit> children(UUID id) {
        return children.getOrDefault(id, List.of());
    }

    /** The unit and every unit below it. */
    public Set<UUID> subtree(UUID id) {
        Set<UUID> result = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (result.add(next)) {
                children(next).forEach(child -> todo.push(child.id()));
            }
        }
        return result;
    }

    /** Whether {@code candidate} is {@code ancestor} or lies below it. */
    public boolean isWithin(UUID candidate, UUID ancestor) {
        UUID current = candidate;
        Set<UUID> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            Unit unit = byId.get(current);
            current = unit == null ? null : unit.parentId();
        }
        return false;
    }

    /**
     * The units whose activities count for the given unit: the unit, its descendants, the units
     * merged into any of those, and their descendants, transitively.
     */
    public Set<UUID> contributors(UUID id) {
        Set<UUID> result = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        todo.push(id);
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (!result.add(next)) {
                continue;
            }
            children(next).forEach(child -> todo.push(child.id()));
            Unit unit = byId.get(next);
            if (unit != null) {
                unit.predecessors().forEach(todo::push);
            }
        }
        return result;
    }

    /** The unit a merged-away unit lives on in: follows successor links until a unit that still exists. */
    public Unit successorOf(UUID id) {
        Unit current = byId.get(id);
        Set<UUID> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.id())) {
            UUID mergedInto = null;
            for (Unit u : byId.values()) {
                if (u.predecessors().contains(current.id())) {
                    mergedInto = u.id();
                    break;
                }
            }
            if (mergedInto == null) {
                return current;
            }
            current = byId.get(mergedInto);
        }
        return current;
    }

    /**
     * The level of the unit's children that exist on the day, the most common one; empty when it has none.
     * A province whose districts ended on 30/06/2025 has communes as its children, on the communes' level.
     */
    public java.util.OptionalInt childLevelOn(UUID id, java.time.LocalDate day) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Unit child : children(id)) {
            if (child.existsOn(day)) {
                counts.merge(child.level(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> java.util.OptionalInt.of(e.getKey()))
                .orElse(java.util.OptionalInt.empty());
    }

    /** Units of a level lying below (or at) the given unit, by code. */
    public List<Unit> atLevelWithin(UUID ancestor, int level) {
        return subtree(ancestor).stream()
                .map(byId::get)
                .filter(u -> u.level() == level)
                .sorted(Comparator.comparing(Unit::code))
                .toList();
    }

    /** The unit's name with its ancestors', top first, e.g. "Tỉnh A › Xã B". */
    public String path(UUID id) {
        List<String> names = new ArrayList<>();
        Unit current = byId.get(id);
        Set<UUID> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.id())) {
            names.add(0, current.name());
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return String.join(" › ", names);
    }
}
