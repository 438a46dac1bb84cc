package vn.dxoutreach.progress;

/** The state of one (unit, bucket) pair. */
public enum PairState {
    /** Closed, and the actual reached the value. */
    MET,
    /** Closed, and the actual fell short. */
    MISSED,
    OPEN,
    FUTURE
}
