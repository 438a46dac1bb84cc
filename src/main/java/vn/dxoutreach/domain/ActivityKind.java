package vn.dxoutreach.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of outreach activity a plan can set targets for, with the measures each can be summed
 * by (every kind counts its records). {@code detail} names what a target may filter the kind on
 * besides the unit level: a broadcast's topic, a banner's kind, a session's support topic, a news
 * item's channel, an event's or a material's type.
 */
public enum ActivityKind {
    BROADCAST(Measure.MINUTES),
    BANNER(Measure.QUANTITY),
    TEAM_SESSION(Measure.PEOPLE, Measure.APPS),
    NEWS(Measure.VIEWS),
    EVENT(Measure.PARTICIPANTS),
    MATERIAL(Measure.QUANTITY);

    private final Set<Measure> measures;

    ActivityKind(Measure... summed) {
        EnumSet<Measure> all = EnumSet.of(Measure.COUNT);
        all.addAll(java.util.List.of(summed));
        this.measures = all;
    }

    /** The measures a target on this kind may use, {@link Measure#COUNT} first. */
    public Set<Measure> measures() {
        return EnumSet.copyOf(measures);
    }

    /** Whether the kind's records are filtered by a text value of the office's lists (channel, type). */
    public boolean hasChoiceDetail() {
        return this == NEWS || this == EVENT || this == MATERIAL;
    }

    /** The list whose values the kind's records take their channel or type from; null for the first three kinds. */
    public ChoiceList choiceList() {
        return switch (this) {
            case NEWS -> ChoiceList.NEWS_CHANNEL;
            case EVENT -> ChoiceList.EVENT_TYPE;
            case MATERIAL -> ChoiceList.MATERIAL_TYPE;
            case BROADCAST, BANNER, TEAM_SESSION -> null;
        };
    }
}
