package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * The reports offices owe upward, with the periods and deadlines of the seed plans: the National
 * Digital Transformation Day report (01–10/10, due 20/10), the six-month report (due 15/6) and the
 * annual report (due 15/12); CUSTOM takes the dates the user gives.
 */
public enum ReportType {
    EVENT,
    HALF_YEAR,
    YEAR,
    CUSTOM;

    public LocalDate periodFrom(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 1);
            case HALF_YEAR, YEAR, CUSTOM -> LocalDate.of(year, Month.JANUARY, 1);
        };
    }

    public LocalDate periodTo(int year) {
        return switch (this) {
            case EVENT -> LocalDate.of(year, Month.OCTOBER, 10);
            case HALF_YEAR -> LocalDate.of(year, Month.JUNE, 30);
            case YEAR, CUSTOM -> LocalDate.of(year, Month.DECEMBER, 31);
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
