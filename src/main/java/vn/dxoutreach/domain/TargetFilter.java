package vn.dxoutreach.domain;

/**
 * Which activities a target counts. Every field is optional (null or false = no restriction).
 *
 * @param newProductionOnly broadcasts: only newly produced airings count
 * @param unitLevel         only activities recorded on units of this level count
 * @param topic             broadcasts: only this topic
 * @param bannerKind        banners: only this kind
 * @param sessionTopic      team sessions: only this support topic
 */
public record TargetFilter(
        boolean newProductionOnly,
        Integer unitLevel,
        String topic,
        BannerKind bannerKind,
        String sessionTopic) {

    public static final TargetFilter NONE = new TargetFilter(false, null, null, null, null);

    /**
     * Whether a recorded topic is the one a filter asks for: equal ignoring case and surrounding
     * spaces; a blank filter asks for any topic.
     */
    public static boolean sameTopic(String wanted, String recorded) {
        return wanted == null || wanted.isBlank()
                || wanted.strip().equalsIgnoreCase(recorded == null ? "" : recorded.strip());
    }
}
