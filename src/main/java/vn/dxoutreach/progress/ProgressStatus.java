package vn.dxoutreach.progress;

/** A target's standing at a glance; thresholds in docs/decisions/0002-progress-status.md. */
public enum ProgressStatus {
    ON_TRACK,
    AT_RISK,
    BEHIND,
    /** Nothing can be judged yet: no bucket closed and no day of the window elapsed. */
    NOT_STARTED
}
