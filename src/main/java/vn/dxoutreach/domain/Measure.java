package vn.dxoutreach.domain;

/** What a target sums over the matching activities of a bucket. */
public enum Measure {
    /** Number of records (airings, banner records, sessions, news items, events, materials). */
    COUNT,
    /** Airtime in minutes; broadcasts only. */
    MINUTES,
    /** Number of banners, posters or boards; copies of a printed material or messages sent. */
    QUANTITY,
    /** People helped; team sessions only. */
    PEOPLE,
    /** Accounts and applications installed for citizens; team sessions only. */
    APPS,
    /** Views of a news item or post, where known; news only. */
    VIEWS,
    /** People taking part in an event; events only. */
    PARTICIPANTS;

    /** Whether this measure can be summed over activities of the given kind. */
    public boolean appliesTo(ActivityKind kind) {
        return kind.measures().contains(this);
    }
}
