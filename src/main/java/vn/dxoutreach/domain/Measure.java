package vn.dxoutreach.domain;

/** What a target sums over the matching activities of a bucket. */
public enum Measure {
    /** Number of records (airings, banner records, sessions). */
    COUNT,
    /** Airtime in minutes; broadcasts only. */
    MINUTES,
    /** Number of banners, posters or boards; banners only. */
    QUANTITY,
    /** People helped; team sessions only. */
    PEOPLE;

    /** Whether this measure can be summed over activities of the given kind. */
    public boolean appliesTo(ActivityKind kind) {
        return switch (this) {
            case COUNT -> true;
            case MINUTES -> kind == ActivityKind.BROADCAST;
            case QUANTITY -> kind == ActivityKind.BANNER;
            case PEOPLE -> kind == ActivityKind.TEAM_SESSION;
        };
    }
}
