package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import vn.dxoutreach.domain.Unit;

/**
 * A scoped unit's daily amounts (over the window or wider), its contributors' summed in, as prefix
 * sums so that any period's total is a subtraction. The engine keeps thousands of these (every scoped
 * unit of every cached series: 75 MB at province scale as a long per day), so they are kept small:
 * as ints whenever the sums fit (they do but for a province's views over years), and, for a unit
 * active on few days (events, banners, a filtered topic), only on the days with an amount, found by
 * binary search.
 */
final class ScopedSeries {

    private static final int[] NONE = new int[0];

    private final Unit unit;
    private final LocalDate from;
    private final int days;
    /** The days with an amount, ascending, when only those are kept; null when every day is. */
    private final int[] at;
    /** The running sums, through each kept day (sparse) or before each day (dense), when they fit an int. */
    private final int[] sums;
    /** The same when some do not fit an int; null otherwise. */
    private final long[] wideSums;

    /** {@code daily[i]} is the amount on {@code from + i days}. */
    ScopedSeries(Unit unit, LocalDate from, long[] daily) {
        this.unit = unit;
        this.from = from;
        this.days = daily.length;
        boolean fits = true;
        int active = 0;
        long sum = 0;
        for (long amount : daily) {
            sum += amount;
            fits &= sum == (int) sum;
            active += amount != 0 ? 1 : 0;
        }
        int width = fits ? Integer.BYTES : Long.BYTES;
        boolean sparse = (long) active * (Integer.BYTES + width) < (long) (days + 1) * width;
        int length = sparse ? active : days + 1;
        this.at = sparse ? new int[active] : null;
        this.sums = fits ? new int[length] : null;
        this.wideSums = fits ? null : new long[length];
        sum = 0;
        int kept = 0;
        for (int i = 0; i < days; i++) {
            sum += daily[i];
            if (!sparse) {
                put(i + 1, sum);
            } else if (daily[i] != 0) {
                at[kept] = i;
                put(kept++, sum);
            }
        }
    }

    private ScopedSeries(Unit unit, LocalDate from, int days, int[] at, int[] sums) {
        this.unit = unit;
        this.from = from;
        this.days = days;
        this.at = at;
        this.sums = sums;
        this.wideSums = null;
    }

    /** A unit without any amount over {@code days} days from {@code from}: nothing to add up or keep. */
    static ScopedSeries none(Unit unit, LocalDate from, int days) {
        return new ScopedSeries(unit, from, days, NONE, NONE);
    }

    Unit unit() {
        return unit;
    }

    /** The first day of the series: day offsets count from it. */
    LocalDate from() {
        return from;
    }

    /** The amount summed over the days from {@code a} to {@code b}, inclusive, clipped to the window. */
    long sum(LocalDate a, LocalDate b) {
        return sum(ChronoUnit.DAYS.between(from, a), ChronoUnit.DAYS.between(from, b));
    }

    /**
     * Like {@link #sum(LocalDate, LocalDate)}, of the days {@code first} to {@code last} counted from
     * {@link #from}: what an evaluation of many units computes once for all of them.
     */
    long sum(long first, long last) {
        int start = (int) Math.max(0, first);
        int end = (int) Math.min(days, last + 1);
        return end <= start ? 0 : before(end) - before(start);
    }

    /** The sum of the amounts of the days before the {@code day}-th. */
    private long before(int day) {
        if (at == null) {
            return get(day);
        }
        int found = Arrays.binarySearch(at, day);
        int last = (found >= 0 ? found : -found - 1) - 1;
        return last < 0 ? 0 : get(last);
    }

    private void put(int index, long sum) {
        if (sums != null) {
            sums[index] = (int) sum;
        } else {
            wideSums[index] = sum;
        }
    }

    private long get(int index) {
        return sums != null ? sums[index] : wideSums[index];
    }
}
