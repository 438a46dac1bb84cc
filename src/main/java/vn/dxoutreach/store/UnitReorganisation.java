package vn.dxoutreach.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/**
 * Reorganisations of the unit tree, each dated and written in one transaction: a merger of units of
 * any parents and levels into a new or an existing unit, a move of a unit (with its subtree) to
 * another parent, and the undoing of either while nothing was recorded in the result. How history
 * counts across them is in docs/progress-rules.md.
 *
 * <p>Example, the 2025 pattern (a new commune under the province from two old districts' communes):
 * <pre>
 * Unit c = new UnitReorganisation(store).mergeIntoNew(List.of(a.id(), b.id()), "10001", "Xã Hòa Bình",
 *         3, province.id(), LocalDate.of(2025, 7, 1));
 * new UnitReorganisation(store).move(village.id(), c.id(), LocalDate.of(2025, 7, 1));
 * </pre>
 * Checks of what the user asked (codes taken, dates) belong to the caller; these methods throw
 * {@link IllegalArgumentException} for requests that would break the tree.
 */
public final class UnitReorganisation {

    private final Store store;

    public UnitReorganisation(Store store) {
        this.store = store;
    }

    /**
     * Merges the units into a new unit that exists from {@code day}: they end the day before, and
     * their children still existing then move to the new unit from that day.
     *
     * @return the new unit, with the merged units as its predecessors
     */
    public Unit mergeIntoNew(List<UUID> merged, String code, String name, int level, UUID parentId, LocalDate day) {
        Unit formed = Unit.fresh(code, name, level, parentId, day, null, List.copyOf(new LinkedHashSet<>(merged)),
                store.clock().instant());
        return store.db().write(c -> {
            store.units.save(formed);
            endAndHandOver(merged, formed, day);
            return formed;
        });
    }

    /**
     * Merges the units into an existing unit from {@code day}: they end the day before and become its
     * predecessors; their children still existing then move to it.
     */
    public Unit mergeInto(UUID existing, List<UUID> merged, LocalDate day) {
        return store.db().write(c -> {
            Unit target = live(existing);
            if (merged.contains(existing)) {
                throw new IllegalArgumentException("A unit cannot be merged into itself");
            }
            Set<UUID> predecessors = new LinkedHashSet<>(target.predecessors());
            predecessors.addAll(merged);
            Unit saved = store.units.save(target.withPredecessors(List.copyOf(predecessors)));
            endAndHandOver(merged, saved, day);
            return saved;
        });
    }

    private void endAndHandOver(List<UUID> merged, Unit formed, LocalDate day) {
        UnitTree tree = store.units.tree();
        for (UUID id : merged) {
            Unit old = live(id);
            if (tree.isWithin(formed.id(), id)) {
                throw new IllegalArgumentException("A unit cannot be merged into a unit below it");
            }
            store.units.save(old.endingOn(day.minusDays(1)));
            for (Unit child : tree.children(id)) {
                if (child.existsOn(day)) {
                    store.units.save(child.movedTo(formed, day));
                }
            }
        }
    }

    /**
     * Moves the unit, with everything below it, under {@code newParent} from {@code day}. Records
     * dated before the day count for the old parent, those from the day on for the new one.
     */
    public Unit move(UUID unitId, UUID newParent, LocalDate day) {
        return store.db().write(c -> {
            Unit unit = live(unitId);
            Unit parent = live(newParent);
            UnitTree tree = store.units.tree();
            if (tree.isWithin(newParent, unitId)) {
                throw new IllegalArgumentException("A unit cannot move below itself");
            }
            if (unit.parentSince() != null && !day.isAfter(unit.parentSince())) {
                throw new IllegalArgumentException("A move must come after the unit's last move");
            }
            Unit moved = unit.movedTo(parent, day);
            shiftLevels(tree, unit, moved.level() - unit.level());
            return store.units.save(moved);
        });
    }

    /** The units below a unit whose level changed keep their distance to it. */
    private void shiftLevels(UnitTree tree, Unit unit, int shift) {
        if (shift == 0) {
            return;
        }
        for (UUID id : tree.subtree(unit.id())) {
            if (!id.equals(unit.id())) {
                Unit below = tree.get(id).orElseThrow();
                store.units.save(new Unit(below.meta(), below.code(), below.name(), below.level() + shift,
                        below.parentId(), below.validFrom(), below.validTo(), below.predecessors(),
                        below.formerParents()));
            }
        }
    }

    /**
     * Undoes the unit's last move: it lies under its former parent again, as if never moved.
     *
     * @throws IllegalArgumentException when the unit was never moved
     */
    public Unit undoMove(UUID unitId) {
        return store.db().write(c -> {
            Unit unit = live(unitId);
            if (unit.formerParents().isEmpty()) {
                throw new IllegalArgumentException("The unit was never moved");
            }
            return store.units.save(withoutLastMove(unit));
        });
    }

    private Unit withoutLastMove(Unit unit) {
        List<FormerParent> former = new ArrayList<>(unit.formerParents());
        FormerParent last = former.remove(former.size() - 1);
        int level = store.units.find(last.parentId()).map(p -> Math.max(unit.level(), p.level() + 1))
                .orElse(unit.level());
        return new Unit(unit.meta(), unit.code(), unit.name(), level, last.parentId(), unit.validFrom(),
                unit.validTo(), unit.predecessors(), former);
    }

    /**
     * Undoes the mergers into a unit: its predecessors exist again (no end day), the children they
     * handed over return to them, and a unit that began with the merger is deleted; an existing unit
     * merely loses its predecessors. Callers check first that nothing was recorded in the unit
     * ({@link UnitRepository#liveRecordCount}).
     *
     * @return the units restored
     */
    public List<Unit> undoMerger(UUID formedId) {
        return store.db().write(c -> {
            Unit formed = live(formedId);
            UnitTree tree = store.units.tree();
            List<Unit> restored = new ArrayList<>();
            LocalDate day = null;
            for (UUID id : formed.predecessors()) {
                Unit old = store.units.find(id).orElseThrow();
                LocalDate handedOver = old.validTo() == null ? null : old.validTo().plusDays(1);
                day = day == null ? handedOver : day;
                restored.add(store.units.save(old.endingOn(null)));
                for (Unit child : tree.children(formedId)) {
                    FormerParent last = child.formerParents().isEmpty() ? null
                            : child.formerParents().get(child.formerParents().size() - 1);
                    if (last != null && last.parentId().equals(id) && last.until().equals(old.validTo())) {
                        store.units.save(withoutLastMove(child));
                    }
                }
            }
            boolean begunWithMerger = formed.validFrom() != null && formed.validFrom().equals(day);
            if (begunWithMerger && store.units.tree().children(formedId).isEmpty()) {
                store.units.delete(formedId);
            } else {
                store.units.save(formed.withPredecessors(List.of()));
            }
            return restored;
        });
    }

    private Unit live(UUID id) {
        Unit unit = store.units.find(id).orElseThrow(() -> new IllegalArgumentException("No unit " + id));
        if (unit.meta().deleted()) {
            throw new IllegalArgumentException("Unit " + id + " is deleted");
        }
        return unit;
    }
}
