package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.DateSpan;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/**
 * Whom a target is checked for, and whose activities count for each of them.
 *
 * <p>EACH: the units of the target's level below the plan's unit that exist on the reference day
 * (the "as of" day, kept inside the window), administrative units only. A commune merged away before
 * that day is not scoped; its history counts for the commune it was merged into. A target naming an
 * organisation type (schools, agencies) scopes every unit of that type below the plan's unit, whatever
 * its level. WHOLE: the plan's unit itself.
 */
final class ScopedUnits {

    private ScopedUnits() {
    }

    static List<Unit> of(Target target, UUID planUnitId, UnitTree tree, LocalDate from, LocalDate to,
            LocalDate asOf) {
        Unit planUnit = tree.get(planUnitId).orElse(null);
        if (planUnit == null) {
            return List.of();
        }
        if (target.scope() == Scope.WHOLE) {
            return List.of(planUnit);
        }
        LocalDate reference = asOf.isBefore(from) ? from : asOf.isAfter(to) ? to : asOf;
        if (target.scopeUnitType() != null && target.scopeUnitType().isOrganisation()) {
            return tree.ofTypeWithin(planUnitId, target.scopeUnitType()).stream()
                    .filter(u -> !u.id().equals(planUnitId) && u.existsOn(reference)).toList();
        }
        int level = target.scopeLevel() != null ? target.scopeLevel() : planUnit.level() + 1;
        return tree.atLevelWithin(planUnitId, level).stream().filter(u -> u.existsOn(reference)).toList();
    }

    /**
     * The units whose activities count for a scoped unit, each with the days on which they count
     * (a unit moved away counts until its move), narrowed to the filter's unit level.
     */
    static Map<UUID, List<DateSpan>> contributors(Target target, Unit unit, UnitTree tree) {
        Integer level = target.filter().unitLevel();
        if (level == null) {
            return tree.contributions(unit.id());
        }
        Map<UUID, List<DateSpan>> result = new HashMap<>();
        tree.contributions(unit.id()).forEach((id, spans) -> {
            if (tree.get(id).map(u -> u.level() == level).orElse(false)) {
                result.put(id, spans);
            }
        });
        return result;
    }
}
