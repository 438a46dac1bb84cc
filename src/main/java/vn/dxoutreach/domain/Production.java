package vn.dxoutreach.domain;

/** How an airing was produced: newly made, a rerun, or relayed from a higher station. */
public enum Production {
    NEW,
    RERUN,
    RELAY
}
