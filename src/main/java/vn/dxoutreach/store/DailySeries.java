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
    private final int days;
    private final Map<UUID, Amounts> values;
    private final long amounts;

    private DailySeries(LocalDate from, LocalDate to, Map<UUID, Amounts> values) {
        this.from = from;
        this.to = to;
        this.days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        this.values = values;
        this.amounts = values.values().stream().mapToLong(a -> a.size).sum();
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
        return days;
    }

    /** How many amounts the series holds (a unit's day or period each): what it costs to keep. */
    public long amounts() {
        return amounts;
    }

    /** Whether the unit has any amount in the range. */
    public boolean has(UUID unitId) {
        return values.containsKey(unitId);
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
                    daily[day] += amounts.amount(i);
                }
            }
        }
    }

    /**
     * This series with its amounts from day {@code a} to day {@code b} (inclusive) replaced by those
     * of {@code fine}, a series whose range covers them: how a series read by weeks or months gets
     * the days a sum begins or ends inside a period.
     */
    public DailySeries with(LocalDate a, LocalDate b, DailySeries fine) {
        int start = (int) ChronoUnit.DAYS.between(from, a);
        int end = (int) ChronoUnit.DAYS.between(from, b);
        int shift = (int) ChronoUnit.DAYS.between(from, fine.from);
        Map<UUID, Amounts> merged = new HashMap<>(capacityFor(values.size() + fine.values.size()));
        java.util.Set<UUID> units = new java.util.HashSet<>(values.keySet());
        units.addAll(fine.values.keySet());
        for (UUID unit : units) {
            Amounts mine = values.get(unit);
            Amounts theirs = fine.values.get(unit);
            int size = 0;
            Amounts out = new Amounts((mine == null ? 0 : mine.size) + (theirs == null ? 0 : theirs.size),
                    mine != null && mine.wide != null || theirs != null && theirs.wide != null);
            for (int i = 0; mine != null && i < mine.size; i++) {
                if (mine.days[i] < start || mine.days[i] > end) {
                    out.add(mine.days[i], mine.amount(i));
                    size++;
                }
            }
            for (int i = 0; theirs != null && i < theirs.size; i++) {
                int day = theirs.days[i] + shift;
                if (day >= start && day <= end) {
                    out.add(day, theirs.amount(i));
                    size++;
                }
            }
            if (size > 0) {
                merged.put(unit, out);
            }
        }
        return new DailySeries(from, to, merged);
    }

    /** A hash map's initial capacity for {@code entries} entries without growing. */
    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
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
     * once, into flat primitive arrays (no object per row); {@link #build} then gives each unit
     * arrays of exactly its days. A row's unit is looked up once for all its columns.
     */
    public static final class Builder {
        private final LocalDate from;
        private final LocalDate to;
        private final int lastDay;
        private final int columns;
        private final Map<String, Integer> unitIndex = new HashMap<>();
        private final java.util.List<String> unitIds = new java.util.ArrayList<>();
        private int[] rowUnit = new int[1024];
        private int[] rowDay = new int[1024];
        private long[][] rowAmounts;
        private int rows;

        public Builder(LocalDate from, LocalDate to, int columns) {
            this.from = from;
            this.to = to;
            this.lastDay = (int) ChronoUnit.DAYS.between(from, to);
            this.columns = columns;
            this.rowAmounts = new long[columns][1024];
        }

        /** The index of a unit (its id as stored), to {@link #row} its amounts. */
        public int unit(String unitId) {
            Integer index = unitIndex.get(unitId);
            if (index == null) {
                index = unitIds.size();
                unitIndex.put(unitId, index);
                unitIds.add(unitId);
            }
            return index;
        }

        /**
         * Starts a row of the unit on the day {@code from + dayOffset}; returns false (and keeps
         * nothing) for a day outside the range. Its amounts follow through {@link #amount}.
         */
        public boolean row(int unit, int dayOffset) {
            if (dayOffset < 0 || dayOffset > lastDay) {
                return false;
            }
            if (rows == rowUnit.length) {
                resize(rows * 2);
            }
            rowUnit[rows] = unit;
            rowDay[rows] = dayOffset;
            rows++;
            return true;
        }

        /**
         * Makes room for this many more rows at once, when the caller knows (about) how many will come:
         * a large read then fills its arrays without copying them over as they grow.
         */
        public void expect(int more) {
            if (rows + more > rowUnit.length) {
                resize(rows + more);
            }
        }

        private void resize(int size) {
            rowUnit = Arrays.copyOf(rowUnit, size);
            rowDay = Arrays.copyOf(rowDay, size);
            for (int col = 0; col < columns; col++) {
                rowAmounts[col] = Arrays.copyOf(rowAmounts[col], size);
            }
        }

        /** The amount of a column on the row last started. */
        public void amount(int column, long amount) {
            rowAmounts[column][rows - 1] = amount;
        }

        /** One series per column; zeros are left out. */
        public java.util.List<DailySeries> build() {
            java.util.List<DailySeries> series = new java.util.ArrayList<>();
            UUID[] ids = new UUID[unitIds.size()];
            for (int u = 0; u < ids.length; u++) {
                ids[u] = UUID.fromString(unitIds.get(u));
            }
            for (int col = 0; col < columns; col++) {
                long[] amounts = rowAmounts[col];
                int[] counts = new int[ids.length];
                boolean wide = false;
                for (int r = 0; r < rows; r++) {
                    if (amounts[r] != 0) {
                        counts[rowUnit[r]]++;
                        wide |= amounts[r] != (int) amounts[r];
                    }
                }
                Amounts[] byUnit = new Amounts[ids.length];
                for (int r = 0; r < rows; r++) {
                    if (amounts[r] != 0) {
                        int u = rowUnit[r];
                        if (byUnit[u] == null) {
                            byUnit[u] = new Amounts(counts[u], wide);
                        }
                        byUnit[u].add(rowDay[r], amounts[r]);
                    }
                }
                Map<UUID, Amounts> values = new HashMap<>(capacityFor(ids.length));
                for (int u = 0; u < ids.length; u++) {
                    if (byUnit[u] != null) {
                        values.put(ids[u], byUnit[u]);
                    }
                }
                series.add(new DailySeries(from, to, values));
            }
            return series;
        }
    }

    /**
     * A unit's days and amounts, sized once; a day may occur more than once (added up when read). The
     * amounts are ints unless one of the series' does not fit one (a province's views over years):
     * a third less memory for what the engine keeps most of.
     */
    private static final class Amounts {
        private final int[] days;
        private final int[] amounts;
        private final long[] wide;
        private int size;

        Amounts(int capacity, boolean wide) {
            days = new int[capacity];
            this.amounts = wide ? null : new int[capacity];
            this.wide = wide ? new long[capacity] : null;
        }

        void add(int day, long amount) {
            days[size] = day;
            if (wide != null) {
                wide[size] = amount;
            } else {
                amounts[size] = Math.toIntExact(amount);
            }
            size++;
        }

        long amount(int index) {
            return wide != null ? wide[index] : amounts[index];
        }
    }
}
