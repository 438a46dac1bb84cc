package vn.dxoutreach.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * What an activity table shows: live records of some units in a date range whose text
 * contains a phrase, newest first, at most {@code limit} rows.
 *
 * @param unitIds null for every unit
 * @param from    null for no lower bound
 * @param to      null for no upper bound
 * @param text    null or blank for no text filter
 */
public record ActivityQuery(Set<UUID> unitIds, LocalDate from, LocalDate to, String text, int limit) {

    public static final int DEFAULT_LIMIT = 5000;

    public static ActivityQuery all() {
        return new ActivityQuery(null, null, null, null, DEFAULT_LIMIT);
    }

    public static ActivityQuery ofUnits(Collection<UUID> unitIds, LocalDate from, LocalDate to, String text) {
        return new ActivityQuery(unitIds == null ? null : Set.copyOf(unitIds), from, to, text, DEFAULT_LIMIT);
    }
}
