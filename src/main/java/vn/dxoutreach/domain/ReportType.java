package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The reports offices owe upward. Periodic reports cover the periods of Decree 09/2019/NĐ-CP, Art. 12:
 * figures are cut off on the 14th and counted from the 15th of the month before the period (the
 * six-month report 15/12 of the year before → 14/6, due 15/6; the annual report 15/12 of the year
 * before → 14/12, due 15/12). The National Digital Transformation Day report covers 01–10/10, due
 * 20/10. CUSTOM takes the dates the user gives. A plan may set other periods on its deadlines.
 */
public enum ReportType {
    EVENT,
    HALF_YEAR,
    YEAR,
    CUSTOM;

    /** The day of the month figures are cut off on: the 14th, counted from the 15th of the month before. */
    public static final int CUT_OFF_DAY = 14;

    /** The first day of the report of the year: for the periodic reports, 15/12 of the year before. */
    public LocalDate periodFrom(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 1);
            case HALF_YEAR, YEAR -> LocalDate.of(year - 1, Month.DECEMBER, CUT_OFF_DAY + 1);
            case CUSTOM -> LocalDate.of(year, Month.JANUARY, 1);
        };
    }

    public LocalDate periodTo(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 10);
            case HALF_YEAR -> LocalDate.of(year, Month.JUNE, CUT_OFF_DAY);
            case YEAR -> LocalDate.of(year, Month.DECEMBER, CUT_OFF_DAY);
            case CUSTOM -> LocalDate.of(year, Month.DECEMBER, 31);
        };
    }

    /** The day the report is due; CUSTOM reports have none. */
    public LocalDate due(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 20);
            case HALF_YEAR -> LocalDate.of(year, Month.JUNE, 15);
            case YEAR -> LocalDate.of(year, Month.DECEMBER, 15);
            case CUSTOM -> null;
        };
    }
}
