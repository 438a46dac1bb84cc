package vn.dxoutreach.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.Cadence;

/**
 * Rule 1 and 2: the calendar periods of a cadence that lie entirely inside a window, and their
 * state as of a day. A partial week or month at either edge is no bucket.
 */
public final class Buckets {

    private Buckets() {
    }

    public static List<Bucket> of(Cadence cadence, LocalDate windowFrom, LocalDate windowTo, LocalDate asOf) {
        List<Bucket> buckets = new ArrayList<>();
        if (windowTo.isBefore(windowFrom)) {
            return buckets;
        }
        if (cadence == Cadence.PERIOD) {
            buckets.add(new Bucket(0, windowFrom, windowTo, state(windowFrom, windowTo, asOf)));
            return buckets;
        }
        LocalDate start = firstStartOnOrAfter(cadence, windowFrom);
        while (true) {
            LocalDate end = next(cadence, start).minusDays(1);
            if (end.isAfter(windowTo)) {
                return buckets;
            }
            buckets.add(new Bucket(buckets.size(), start, end, state(start, end, asOf)));
            start = end.plusDays(1);
        }
    }

    static BucketState state(LocalDate from, LocalDate to, LocalDate asOf) {
        if (to.isBefore(asOf)) {
            return BucketState.CLOSED;
        }
        return from.isAfter(asOf) ? BucketState.FUTURE : BucketState.OPEN;
    }

    private static LocalDate firstStartOnOrAfter(Cadence cadence, LocalDate day) {
        LocalDate periodStart = switch (cadence) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> day.withDayOfYear(1);
            case PERIOD -> day;
        };
        return periodStart.isBefore(day) ? next(cadence, periodStart) : periodStart;
    }

    private static LocalDate next(Cadence cadence, LocalDate start) {
        return switch (cadence) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
            case PERIOD -> throw new IllegalArgumentException("PERIOD has a single bucket");
        };
    }
}
