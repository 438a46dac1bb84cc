package vn.dxoutreach.domain;

/** The calendar periods a target is checked in; PERIOD makes the whole window one bucket. */
public enum Cadence {
    /** ISO 8601 week, Monday to Sunday. */
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    PERIOD
}
