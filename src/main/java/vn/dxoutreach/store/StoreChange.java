package vn.dxoutreach.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What one committed transaction changed: the kinds of data, the units the changed records belong
 * to and the dates of the changed activities. A listener refreshes only when it shows one of them.
 *
 * @param kinds the kinds of data written
 * @param units the units of the records written (their {@code unit_id})
 * @param dates the dates of the activities written (airing, hanging, session day)
 */
public record StoreChange(Set<DataKind> kinds, Set<UUID> units, Set<LocalDate> dates) {

    public StoreChange {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        units = Set.copyOf(units);
        dates = Set.copyOf(dates);
    }

    /** A change of these kinds, with no unit or date known. */
    public static StoreChange of(DataKind... kinds) {
        return new StoreChange(EnumSet.copyOf(Arrays.asList(kinds)), Set.of(), Set.of());
    }

    /** Whether any of the kinds changed. */
    public boolean touches(DataKind... any) {
        for (DataKind kind : any) {
            if (kinds.contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a dated activity (broadcast, banner, team session) changed. */
    public boolean touchesActivities() {
        return kinds.stream().anyMatch(DataKind::isActivity);
    }

    /** Collects what the writes of one transaction touch, until it commits. */
    static final class Pending {
        private final Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
        private final Set<UUID> units = new HashSet<>();
        private final Set<LocalDate> dates = new HashSet<>();

        void note(DataKind kind, UUID unit, LocalDate date) {
            kinds.add(kind);
            if (unit != null) {
                units.add(unit);
            }
            if (date != null) {
                dates.add(date);
            }
        }

        boolean isEmpty() {
            return kinds.isEmpty();
        }

        StoreChange drain() {
            StoreChange change = new StoreChange(kinds, units, dates);
            kinds.clear();
            units.clear();
            dates.clear();
            return change;
        }

        void clear() {
            kinds.clear();
            units.clear();
            dates.clear();
        }
    }
}
