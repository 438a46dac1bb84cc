package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The reports offices owe upward. Periodic reports cover the periods of Decree 09/2019/NĐ-CP, Art. 12:
 * figures are cut off on the 14th and counted from the 15th of the month before the period (the
 * monthly report of month M 15/(M-1) → 14/M; the quarterly report 15th of the month before the
 * quarter → 14th of its last month; the six-month report 15/12 of the year before → 14/6, due 15/6;
 * the annual report 15/12 of the year before → 14/12, due 15/12). The National Digital Transformation
 * Day report covers 01–10/10, due 20/10. CUSTOM takes the dates the user gives. A plan may set other
 * periods on its deadlines.
 *
 * <p>Monthly and quarterly reports have several periods a year, numbered from 1 (the month, or the
 * quarter); a report is named after the month and year its figures end in, so the monthly report
 * 1/2026 runs 15/12/2025 → 14/1/2026. The other types have one period a year, number 1.
 */
public enum ReportType {
    EVENT,
    HALF_YEAR,
    YEAR,
    MONTHLY,
    QUARTERLY,
    CUSTOM;

    /** The day of the month figures are cut off on: the 14th, counted from the 15th of the month before. */
    public static final int CUT_OFF_DAY = 14;

    /** Whether the type recurs several times a year (monthly, quarterly). */
    public boolean isRecurring() {
        return this == MONTHLY || this == QUARTERLY;
    }

    /** How many periods of this type a year has: 12 months, 4 quarters, else one. */
    public int periodsPerYear() {
        return switch (this) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            default -> 1;
        };
    }

    /** The first day of the report of the year: for the periodic reports, 15/12 of the year before. */
    public LocalDate periodFrom(int year) {
        return periodFrom(year, 1);
    }

    public LocalDate periodTo(int year) {
        return periodTo(year, periodsPerYear());
    }

    /** The first day of period {@code number} (month 1–12, quarter 1–4; 1 for the other types) of the year. */
    public LocalDate periodFrom(int year, int number) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 1);
            case HALF_YEAR, YEAR -> LocalDate.of(year - 1, Month.DECEMBER, CUT_OFF_DAY + 1);
            case MONTHLY, QUARTERLY -> periodTo(year, number).minusMonths(monthsPerPeriod()).plusDays(1);
            case CUSTOM -> LocalDate.of(year, Month.JANUARY, 1);
        };
    }

    /** The last day of period {@code number} of the year: the 14th of the month it ends in. */
    public LocalDate periodTo(int year, int number) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 10);
            case HALF_YEAR -> LocalDate.of(year, Month.JUNE, CUT_OFF_DAY);
            case YEAR -> LocalDate.of(year, Month.DECEMBER, CUT_OFF_DAY);
            case MONTHLY, QUARTERLY -> LocalDate.of(year, checkedNumber(number) * monthsPerPeriod(), CUT_OFF_DAY);
            case CUSTOM -> LocalDate.of(year, Month.DECEMBER, 31);
        };
    }

    /**
     * The number of the period that ends on or after the day, among those of the year it ends in:
     * the month or quarter a day's figures are reported in (20/12/2025 → month 1 of 2026).
     */
    public YearPeriod periodOf(LocalDate day) {
        LocalDate end = day.getDayOfMonth() <= CUT_OFF_DAY ? day : day.plusMonths(1);
        int months = monthsPerPeriod();
        int number = (end.getMonthValue() + months - 1) / months;
        return new YearPeriod(end.getYear(), number);
    }

    /**
     * The period whose report is written around the day: one that ended in the last half month (its
     * report is due about now), else the one running.
     */
    public YearPeriod periodReportedAround(LocalDate today) {
        return periodOf(today.minusDays(CUT_OFF_DAY + 1));
    }

    /** A year and the number of a period in it. */
    public record YearPeriod(int year, int number) {
    }

    /** The day the report is due; CUSTOM reports have none. */
    public LocalDate due(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 20);
            case HALF_YEAR -> LocalDate.of(year, Month.JUNE, 15);
            case YEAR -> LocalDate.of(year, Month.DECEMBER, 15);
            case MONTHLY, QUARTERLY -> dueAfter(periodTo(year), CUT_OFF_DAY + 1);
            case CUSTOM -> null;
        };
    }

    /**
     * The first day after a period's last day that falls on the given day of the month (a 31 in a
     * short month is its last day): due the 15th, a monthly report ending 14/3 is due 15/3; due the 5th,
     * it is due 5/4.
     */
    public static LocalDate dueAfter(LocalDate periodTo, int dayOfMonth) {
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new IllegalArgumentException("day of month " + dayOfMonth);
        }
        LocalDate month = periodTo.withDayOfMonth(1);
        for (int i = 0; i < 2; i++) {
            LocalDate candidate = month.plusMonths(i);
            candidate = candidate.withDayOfMonth(Math.min(dayOfMonth, candidate.lengthOfMonth()));
            if (candidate.isAfter(periodTo)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private int monthsPerPeriod() {
        return this == QUARTERLY ? 3 : 1;
    }

    private int checkedNumber(int number) {
        if (number < 1 || number > periodsPerYear()) {
            throw new IllegalArgumentException(this + " has no period " + number);
        }
        return number;
    }
}
