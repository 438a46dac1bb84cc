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

/**
 * The unit tree in memory: parents, children, descendants and reorganisation history (mergers and
 * units moved from one parent to another on a day).
 */
public final class UnitTree {

    private final Map<UUID, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<UUID, List<Unit>> children = new HashMap<>();
    /** Per parent, the units that lay under it for some days and the days they did. */
    private final Map<UUID, List<Link>> links = new HashMap<>();
    private final Map<UUID, List<Unit>> successors = new HashMap<>();
    /**
     * What {@link #contributions} and {@link #atLevelWithin} found, by their arguments: the tree does not
     * change once built, and a plan's evaluation asks the same of every target.
     */
    private final Map<UUID, Map<UUID, List<DateSpan>>> contributionsFound = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<LevelKey, List<Unit>> levelsFound = new java.util.concurrent.ConcurrentHashMap<>();

    private record LevelKey(UUID ancestor, int level) {
    }

    /** A child under a parent on the days of {@code span}. */
    private record Link(UUID child, DateSpan span) {
    }

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
        for (Unit u : units) {
            java.time.LocalDate start = null;
            for (FormerParent former : u.formerParents()) {
                links.computeIfAbsent(former.parentId(), k -> new ArrayList<>())
                        .add(new Link(u.id(), new DateSpan(start, former.until())));
                start = former.until().plusDays(1);
            }
            if (u.parentId() != null) {
                links.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(new Link(u.id(), new DateSpan(start, null)));
            }
            for (UUID predecessor : u.predecessors()) {
                successors.computeIfAbsent(predecessor, k -> new ArrayList<>()).add(u);
            }
        }
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
     * The units whose activities count for the given unit on at least one day: the unit, the units
     * that lie or lay below it, the units merged into any of those, and so on, transitively.
     */
    public Set<UUID> contributors(UUID id) {
        return contributions(id).keySet();
    }

    /**
     * The units whose activities count for the given unit, each with the days on which they count
     * (see docs/progress-rules.md): a unit below counts on the days it lay below (before a move, for
     * its old parent; from the move on, for its new one); a unit merged into another counts for it
     * with all its history, on the same days as the unit it was merged into.
     */
    public Map<UUID, List<DateSpan>> contributions(UUID id) {
        return contributionsFound.computeIfAbsent(id, this::findContributions);
    }

    private Map<UUID, List<DateSpan>> findContributions(UUID id) {
        Map<UUID, List<DateSpan>> result = new java.util.LinkedHashMap<>();
        Deque<Link> todo = new ArrayDeque<>();
        todo.push(new Link(id, DateSpan.ALWAYS));
        while (!todo.isEmpty()) {
            Link next = todo.pop();
            List<DateSpan> spans = result.computeIfAbsent(next.child(), k -> new ArrayList<>());
            if (spans.stream().anyMatch(s -> s.covers(next.span()))) {
                continue;
            }
            spans.add(next.span());
            for (Link child : links.getOrDefault(next.child(), List.of())) {
                DateSpan shared = child.span().intersect(next.span());
                if (!shared.isEmpty()) {
                    todo.push(new Link(child.child(), shared));
                }
            }
            Unit unit = byId.get(next.child());
            if (unit != null) {
                unit.predecessors().forEach(p -> todo.push(new Link(p, next.span())));
            }
        }
        result.replaceAll((unit, spans) -> disjoint(spans));
        return java.util.Collections.unmodifiableMap(result);
    }

    /** The same days as sorted spans that neither overlap nor touch, so that no day counts twice. */
    static List<DateSpan> disjoint(List<DateSpan> spans) {
        List<DateSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(DateSpan::from, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<DateSpan> merged = new ArrayList<>();
        for (DateSpan span : sorted) {
            DateSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.to() == null || span.from() == null || !span.from().isAfter(last.to().plusDays(1)))) {
                java.time.LocalDate to = last.to() == null || span.to() == null ? null
                        : span.to().isAfter(last.to()) ? span.to() : last.to();
                merged.set(merged.size() - 1, new DateSpan(last.from(), to));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    /** The units formed from this one by mergers (usually one). */
    public List<Unit> successors(UUID id) {
        return successors.getOrDefault(id, List.of());
    }

    /**
     * The lineage of a unit: the units merged into it, and those merged into them, oldest level
     * last, e.g. for "Xã Hòa Bình" the old communes it was formed from.
     */
    public List<Unit> lineage(UUID id) {
        List<Unit> result = new ArrayList<>();
        Set<UUID> seen = new java.util.HashSet<>();
        Deque<UUID> todo = new ArrayDeque<>();
        Unit start = byId.get(id);
        if (start != null) {
            start.predecessors().forEach(todo::addLast);
        }
        while (!todo.isEmpty()) {
            UUID next = todo.removeFirst();
            Unit unit = byId.get(next);
            if (unit != null && seen.add(next)) {
                result.add(unit);
                unit.predecessors().forEach(todo::addLast);
            }
        }
        return result;
    }

    /**
     * The units that were moved here from another parent, or away from here, with the day: those
     * whose current or former parent is this unit and that have a former parent.
     */
    public List<Unit> movedIn(UUID id) {
        return children(id).stream().filter(u -> !u.formerParents().isEmpty()).toList();
    }

    /** The unit a merged-away unit lives on in: follows successor links until a unit that still exists. */
    public Unit successorOf(UUID id) {
        Unit current = byId.get(id);
        Set<UUID> seen = new java.util.HashSet<>();
        while (current != null && seen.add(current.id())) {
            List<Unit> formed = successors(current.id());
            UUID mergedInto = formed.isEmpty() ? null : formed.get(0).id();
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
        for (Unit child : administrativeChildren(id)) {
            if (child.existsOn(day)) {
                counts.merge(child.level(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> java.util.OptionalInt.of(e.getKey()))
                .orElse(java.util.OptionalInt.empty());
    }

    /**
     * Administrative units of a level lying below (or at) the given unit, by code: organisations
     * (schools, agencies) lie at a level too, but are never a commune or a village.
     */
    public List<Unit> atLevelWithin(UUID ancestor, int level) {
        return levelsFound.computeIfAbsent(new LevelKey(ancestor, level), key -> subtree(ancestor).stream()
                .map(byId::get)
                .filter(u -> u.level() == level && u.administrative())
                .sorted(Comparator.comparing(Unit::code))
                .toList());
    }

    /** Units of a type lying below (or at) the given unit, whatever their level, by code. */
    public List<Unit> ofTypeWithin(UUID ancestor, UnitType type) {
        return subtree(ancestor).stream()
                .map(byId::get)
                .filter(u -> u.type() == type)
                .sorted(Comparator.comparing(Unit::code))
                .toList();
    }

    /** The unit's children that are administrative units (the communes of a province), by code. */
    public List<Unit> administrativeChildren(UUID id) {
        return children(id).stream().filter(Unit::administrative).toList();
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
