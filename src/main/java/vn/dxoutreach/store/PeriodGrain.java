package vn.dxoutreach.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods whose per-unit totals the store keeps beside the daily ones (V18 {@code period_total}):
 * weeks from Monday and calendar months. Reading a week or a month as one row instead of its days is
 * what makes a first evaluation cheap; see {@link DailySeriesRepository#readTotals(vn.dxoutreach.domain.ActivityKind,
 * String, LocalDate, LocalDate, java.util.Collection, PeriodGrain, java.util.Set)}.
 */
public enum PeriodGrain {
    WEEK("W"),
    MONTH("M");

    private final String code;

    PeriodGrain(String code) {
        this.code = code;
    }

    /** The grain's code in the {@code grain} column. */
    String code() {
        return code;
    }

    /** The first day of the period the day lies in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The last day of the period the day lies in. */
    public LocalDate end(LocalDate day) {
        return switch (this) {
            case WEEK -> start(day).plusDays(6);
            case MONTH -> day.withDayOfMonth(day.lengthOfMonth());
        };
    }
}
