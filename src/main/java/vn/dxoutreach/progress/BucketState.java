package vn.dxoutreach.progress;

/** Where a bucket stands on the "as of" day: over, under way, or still to come. */
public enum BucketState {
    /** Its last day is before the "as of" day. */
    CLOSED,
    /** It contains the "as of" day. */
    OPEN,
    FUTURE
}
