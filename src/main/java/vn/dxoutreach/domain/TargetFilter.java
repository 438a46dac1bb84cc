package vn.dxoutreach.domain;

/**
 * Which activities a target counts. Every field is optional (null or false = no restriction).
 *
 * @param newProductionOnly broadcasts: only newly produced airings count
 * @param unitLevel         only activities recorded on units of this level count
 * @param topic             broadcasts: only this topic
 * @param bannerKind        banners: only this kind
 * @param sessionTopic      team sessions: only this support topic
 * @param choice            news items: only this channel; events, materials: only this type
 */
public record TargetFilter(
        boolean newProductionOnly,
        Integer unitLevel,
        String topic,
        BannerKind bannerKind,
        String sessionTopic,
        String choice) {

    public static final TargetFilter NONE = new TargetFilter(false, null, null, null, null, null);

    /** A filter of the first three kinds (no channel or type). */
    public TargetFilter(boolean newProductionOnly, Integer unitLevel, String topic, BannerKind bannerKind,
            String sessionTopic) {
        this(newProductionOnly, unitLevel, topic, bannerKind, sessionTopic, null);
    }

    /** A filter on a news item's channel, or an event's or material's type. */
    public static TargetFilter ofChoice(Integer unitLevel, String choice) {
        return new TargetFilter(false, unitLevel, null, null, null, choice);
    }

    /**
     * The value of the kind's filtered field this filter asks for (broadcast topic, banner kind's
     * name, support topic, channel or type); null when it asks for every record of the kind.
     */
    public String detailFor(ActivityKind kind) {
        String wanted = switch (kind) {
            case BROADCAST -> topic;
            case BANNER -> bannerKind == null ? null : bannerKind.name();
            case TEAM_SESSION -> sessionTopic;
            case NEWS, EVENT, MATERIAL -> choice;
        };
        return wanted == null || wanted.isBlank() ? null : wanted;
    }

    /**
     * Whether a recorded topic is the one a filter asks for: equal ignoring case and surrounding
     * spaces; a blank filter asks for any topic.
     */
    public static boolean sameTopic(String wanted, String recorded) {
        return wanted == null || wanted.isBlank()
                || wanted.strip().equalsIgnoreCase(recorded == null ? "" : recorded.strip());
    }
}
