package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dxoutreach.domain.Unit;

/**
 * A scoped unit's daily amounts (over the window or wider), its contributors' summed in, as prefix
 * sums so that any period's total is one subtraction. The engine keeps thousands of these (every
 * scoped unit of every cached series, 75 MB at province scale as longs), so the sums are kept as ints
 * whenever they fit, which they do but for a province's views over years.
 */
final class ScopedSeries {

    private final Unit unit;
    private final LocalDate from;
    /** The prefix sums when every one fits an int; null otherwise. */
    private final int[] prefix;
    /** The prefix sums when some do not fit an int; null otherwise. */
    private final long[] widePrefix;

    /** {@code daily[i]} is the amount on {@code from + i days}. */
    ScopedSeries(Unit unit, LocalDate from, long[] daily) {
        this.unit = unit;
        this.from = from;
        boolean fits = true;
        long sum = 0;
        for (long amount : daily) {
            sum += amount;
            fits &= sum == (int) sum;
        }
        this.prefix = fits ? new int[daily.length + 1] : null;
        this.widePrefix = fits ? null : new long[daily.length + 1];
        sum = 0;
        for (int i = 0; i < daily.length; i++) {
            sum += daily[i];
            if (fits) {
                prefix[i + 1] = (int) sum;
            } else {
                widePrefix[i + 1] = sum;
            }
        }
    }

    Unit unit() {
        return unit;
    }

    /** The amount summed over the days from {@code a} to {@code b}, inclusive, clipped to the window. */
    long sum(LocalDate a, LocalDate b) {
        int length = prefix != null ? prefix.length : widePrefix.length;
        int start = (int) Math.max(0, ChronoUnit.DAYS.between(from, a));
        int end = (int) Math.min(length - 1, ChronoUnit.DAYS.between(from, b) + 1);
        if (end <= start) {
            return 0;
        }
        return prefix != null ? (long) prefix[end] - prefix[start] : widePrefix[end] - widePrefix[start];
    }
}
