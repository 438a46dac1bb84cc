package vn.dxoutreach.domain;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, inclusive; a null end is open (since ever, or still).
 * Used for the days on which a unit's records count for another unit.
 */
public record DateSpan(LocalDate from, LocalDate to) {

    public static final DateSpan ALWAYS = new DateSpan(null, null);

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isEmpty() {
        return from != null && to != null && to.isBefore(from);
    }

    /** The days in both spans (possibly empty). */
    public DateSpan intersect(DateSpan other) {
        LocalDate f = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        LocalDate t = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        return new DateSpan(f, t);
    }

    /** Whether every day of {@code other} lies in this span. */
    public boolean covers(DateSpan other) {
        return (from == null || (other.from != null && !other.from.isBefore(from)))
                && (to == null || (other.to != null && !other.to.isAfter(to)));
    }
}
