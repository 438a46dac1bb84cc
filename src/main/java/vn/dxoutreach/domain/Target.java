package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A measurable requirement of a plan (chỉ tiêu), evaluated by the progress rules of DOMAIN.md.
 *
 * @param value       the amount of the measure each bucket must reach
 * @param scopeLevel  for {@link Scope#EACH}: the level of the units checked
 * @param windowFrom  first day of the window; null means the plan's period
 * @param windowTo    last day of the window; null means the plan's period
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
        LocalDate windowTo) {

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

    public UUID id() {
        return meta.id();
    }

    /** The window's first day, falling back to the plan's period. */
    public LocalDate effectiveFrom(Plan plan) {
        return windowFrom != null ? windowFrom : plan.periodFrom();
    }

    /** The same target over another window (a report's period). */
    public Target withWindow(LocalDate from, LocalDate to) {
        return new Target(meta, planId, code, name, kind, filter, measure, cadence, value, scope, scopeLevel, from, to);
    }

    /** The window's last day, falling back to the plan's period. */
    public LocalDate effectiveTo(Plan plan) {
        return windowTo != null ? windowTo : plan.periodTo();
    }
}
