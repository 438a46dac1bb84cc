package vn.dxoutreach.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * A measure per unit and day over a date range: {@code values.get(unit)[i]} is the amount on
 * {@code from + i days}. Units without any activity in the range are absent.
 */
public record DailySeries(LocalDate from, LocalDate to, Map<UUID, long[]> values) {

    /** Number of days in the range. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The values of a unit, or null when it has none in the range. */
    public long[] of(UUID unitId) {
        return values.get(unitId);
    }
}
