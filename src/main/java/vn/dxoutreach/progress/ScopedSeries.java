package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dxoutreach.domain.Unit;

/**
 * A scoped unit's daily amounts (over the window or wider), its contributors' summed in, as prefix
 * sums so that any period's total is one subtraction.
 */
final class ScopedSeries {

    private final Unit unit;
    private final LocalDate from;
    private final long[] prefix;

    /** {@code daily[i]} is the amount on {@code from + i days}. */
    ScopedSeries(Unit unit, LocalDate from, long[] daily) {
        this.unit = unit;
        this.from = from;
        this.prefix = new long[daily.length + 1];
        for (int i = 0; i < daily.length; i++) {
            prefix[i + 1] = prefix[i] + daily[i];
        }
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
        int end = (int) Math.min(prefix.length - 1, last + 1);
        return end <= start ? 0 : prefix[end] - prefix[start];
    }
}
