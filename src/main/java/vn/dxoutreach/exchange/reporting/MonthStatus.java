package vn.dxoutreach.exchange.reporting;

/** Whether a unit's data for a month arrived, and when. */
public enum MonthStatus {
    /** Data arrived by the due day. */
    ON_TIME,
    /** Data arrived after the due day. */
    LATE,
    /** The due day has passed and no data arrived. */
    MISSING,
    /** Nothing arrived yet, but it is not due yet. */
    NOT_DUE,
    /** The unit did not exist that month: nothing is expected. */
    NOT_EXPECTED
}
