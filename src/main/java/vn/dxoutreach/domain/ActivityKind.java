package vn.dxoutreach.domain;

/** The three kinds of outreach activity a plan can set targets for. */
public enum ActivityKind {
    BROADCAST,
    BANNER,
    TEAM_SESSION
}
