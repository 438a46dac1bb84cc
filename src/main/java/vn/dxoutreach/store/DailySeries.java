package vn.dxoutreach.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A measure per unit and day over a date range, kept sparse: only the days a unit has an amount
 * on are held (a commune active one day in three costs a third of a dense array, a village that
 * aired twice costs two entries). Units without any activity in the range are absent.
 */
public final class DailySeries {

    private final LocalDate from;
    private final LocalDate to;
    private final Map<UUID, Amounts> values;

    private DailySeries(LocalDate from, LocalDate to, Map<UUID, Amounts> values) {
        this.from = from;
        this.to = to;
        this.values = values;
    }

    /** A series with no amounts at all. */
    public static DailySeries empty(LocalDate from, LocalDate to) {
        return new DailySeries(from, to, Map.of());
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    /** Number of days in the range. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The units with an amount in the range. */
    public Set<UUID> units() {
        return values.keySet();
    }

    /**
     * Adds the unit's amounts into {@code daily}, where {@code daily[i]} is the day {@code from + i}
     * of this series; a unit without amounts adds nothing.
     */
    public void addTo(UUID unitId, long[] daily) {
        addTo(unitId, daily, 0, daily.length);
    }

    /** Adds the unit's amounts of the day offsets from {@code start} (inclusive) to {@code end} (exclusive). */
    public void addTo(UUID unitId, long[] daily, int start, int end) {
        Amounts amounts = values.get(unitId);
        if (amounts != null) {
            for (int i = 0; i < amounts.size; i++) {
                int day = amounts.days[i];
                if (day >= start && day < end) {
                    daily[day] += amounts.amounts[i];
                }
            }
        }
    }

    /** The unit's amount on a day (0 when none), for tests and spot checks. */
    public long on(UUID unitId, LocalDate day) {
        long[] daily = new long[days()];
        addTo(unitId, daily);
        int index = (int) ChronoUnit.DAYS.between(from, day);
        return index < 0 || index >= daily.length ? 0 : daily[index];
    }

    /**
     * Collects amounts of several columns by unit and day offset, the same day possibly more than
     * once; a row's unit is looked up once for all its columns.
     */
    public static final class Builder {
        private final LocalDate from;
        private final LocalDate to;
        private final int lastDay;
        private final int columns;
        private final Map<String, UnitAmounts> byUnit = new HashMap<>();

        public Builder(LocalDate from, LocalDate to, int columns) {
            this.from = from;
            this.to = to;
            this.lastDay = (int) ChronoUnit.DAYS.between(from, to);
            this.columns = columns;
        }

        /** The per-column amounts of a unit (its id as stored), to {@link #add} a row's amounts to. */
        public UnitAmounts unit(String unitId) {
            return byUnit.computeIfAbsent(unitId, u -> new UnitAmounts(columns));
        }

        /** Adds an amount on the day {@code from + dayOffset}; zeros and days outside the range are skipped. */
        public void add(UnitAmounts unit, int column, int dayOffset, long amount) {
            if (amount != 0 && dayOffset >= 0 && dayOffset <= lastDay) {
                Amounts[] amounts = unit.columns;
                if (amounts[column] == null) {
                    amounts[column] = new Amounts();
                }
                amounts[column].add(dayOffset, amount);
            }
        }

        /** One series per column. */
        public java.util.List<DailySeries> build() {
            java.util.List<DailySeries> series = new java.util.ArrayList<>();
            for (int col = 0; col < columns; col++) {
                Map<UUID, Amounts> values = new HashMap<>();
                for (Map.Entry<String, UnitAmounts> unit : byUnit.entrySet()) {
                    Amounts amounts = unit.getValue().columns[col];
                    if (amounts != null) {
                        amounts.trim();
                        values.put(UUID.fromString(unit.getKey()), amounts);
                    }
                }
                series.add(new DailySeries(from, to, values));
            }
            return series;
        }
    }

    /** A unit's amounts in a {@link Builder}, one entry per column. */
    public static final class UnitAmounts {
        private final Amounts[] columns;

        private UnitAmounts(int columns) {
            this.columns = new Amounts[columns];
        }
    }

    private static final class Amounts {
        private int[] days = new int[8];
        private long[] amounts = new long[8];
        private int size;

        void add(int day, long amount) {
            if (size > 0 && days[size - 1] == day) {
                amounts[size - 1] += amount;
                return;
            }
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            days[size] = day;
            amounts[size] = amount;
            size++;
        }

        void trim() {
            days = Arrays.copyOf(days, size);
            amounts = Arrays.copyOf(amounts, size);
        }
    }
}
