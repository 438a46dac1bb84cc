package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A measurable requirement of a plan (chỉ tiêu), evaluated by the progress rules of DOMAIN.md.
 *
 * @param value       the amount of the measure each bucket must reach
 * @param scopeLevel  for {@link Scope#EACH}: the level of the units checked
 * @param windowFrom  first day of the window; null means the plan's period
 * @param windowTo    last day of the window; null means the plan's period
 * @param repeatsYearly the window comes back every year of the plan (the 10/10 campaign): the window
 *                    given is the first year's, and each year's is a window of its own
 * @param scopeUnitType for {@link Scope#EACH}: the type of the units checked (each school of the area),
 *                    whatever their level; null: the administrative units of {@code scopeLevel}
 * @param minSharePercent a share-of-units target: a bucket is met when at least this percentage of the
 *                    scoped units meet the value in it (docs/progress-rules.md); null: every unit on its own
 */
public record Target(
        RecordMeta meta,
        UUID planId,
        String code,
        String name,
        ActivityKind kind,
        TargetFilter filter,
        Measure measure,
        Cadence cadence,
        long value,
        Scope scope,
        Integer scopeLevel,
        LocalDate windowFrom,
        LocalDate windowTo,
        boolean repeatsYearly,
        UnitType scopeUnitType,
        Integer minSharePercent) implements StoredRecord {

    public Target {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(scope, "scope");
        filter = filter == null ? TargetFilter.NONE : filter;
    }

    /** A target on administrative units, each on its own. */
    public Target(RecordMeta meta, UUID planId, String code, String name, ActivityKind kind, TargetFilter filter,
            Measure measure, Cadence cadence, long value, Scope scope, Integer scopeLevel, LocalDate windowFrom,
            LocalDate windowTo, boolean repeatsYearly) {
        this(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel, windowFrom, windowTo,
                repeatsYearly, null, null);
    }

    /** A target whose window does not repeat. */
    public Target(RecordMeta meta, UUID planId, String code, String name, ActivityKind kind, TargetFilter filter,
            Measure measure, Cadence cadence, long value, Scope scope, Integer scopeLevel, LocalDate windowFrom,
            LocalDate windowTo) {
        this(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel, windowFrom, windowTo,
                false);
    }

    @Override
    public Target withMeta(RecordMeta newMeta) {
        return new Target(newMeta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel,
                windowFrom, windowTo, repeatsYearly, scopeUnitType, minSharePercent);
    }

    public UUID id() {
        return meta.id();
    }

    /** The window's first day, falling back to the plan's period. */
    public LocalDate effectiveFrom(Plan plan) {
        return windowFrom != null ? windowFrom : plan.periodFrom();
    }

    /** The same target over one window that does not repeat (a report's period, one year's campaign). */
    public Target withWindow(LocalDate from, LocalDate to) {
        return new Target(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel, from, to,
                false, scopeUnitType, minSharePercent);
    }

    /** The same target with its window repeating every year of the plan, or not. */
    public Target withRepeatsYearly(boolean repeats) {
        return new Target(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel,
                windowFrom, windowTo, repeats, scopeUnitType, minSharePercent);
    }

    /**
     * The same target checked on units of a type (null: administrative units of the scope level) and,
     * with a percentage, met in a bucket when that share of its units meet the value (null: per unit).
     */
    public Target withUnitScope(UnitType unitType, Integer sharePercent) {
        return new Target(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel,
                windowFrom, windowTo, repeatsYearly, unitType, sharePercent);
    }

    /** Whether the target is met bucket by bucket by a share of its units rather than by each unit. */
    public boolean sharesUnits() {
        return minSharePercent != null && scope == Scope.EACH;
    }

    /** Whether the window repeats: only a window of its own, shorter than a year, can. */
    public boolean repeats() {
        return repeatsYearly && windowFrom != null && windowTo != null
                && windowTo.isBefore(windowFrom.plusYears(1));
    }

    /**
     * The target once for each of its windows, in date order, each not repeating: a repeating window's
     * every year that shares a day with the plan's period (clipped to it), or the one window.
     */
    public List<Target> yearly(Plan plan) {
        if (!repeats()) {
            return List.of(withWindow(effectiveFrom(plan), effectiveTo(plan)));
        }
        List<Target> years = new ArrayList<>();
        LocalDate planFrom = plan.periodFrom();
        LocalDate planTo = plan.periodTo();
        for (int shift = planFrom.getYear() - windowFrom.getYear() - 1; ; shift++) {
            LocalDate from = windowFrom.plusYears(shift);
            LocalDate to = windowTo.plusYears(shift);
            if (from.isAfter(planTo)) {
                break;
            }
            if (!to.isBefore(planFrom)) {
                years.add(withWindow(from.isBefore(planFrom) ? planFrom : from, to.isAfter(planTo) ? planTo : to));
            }
        }
        return years.isEmpty() ? List.of(withWindow(windowFrom, windowTo)) : years;
    }

    /**
     * The window that counts on a day: the one that contains it, else the last one begun by then, else
     * the first. A target whose window does not repeat is itself.
     */
    public Target windowOn(Plan plan, LocalDate day) {
        if (!repeats()) {
            return this;
        }
        List<Target> years = yearly(plan);
        Target chosen = years.get(0);
        for (Target year : years) {
            if (!year.windowFrom().isAfter(day)) {
                chosen = year;
            }
        }
        return chosen;
    }

    /** The window's last day, falling back to the plan's period. */
    public LocalDate effectiveTo(Plan plan) {
        return windowTo != null ? windowTo : plan.periodTo();
    }
}
