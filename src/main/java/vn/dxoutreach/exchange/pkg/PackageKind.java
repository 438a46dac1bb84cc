package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.StoredRecord;

/**
 * The record types a package carries, each as one entry {@code records/<name>.jsonl}, in the order
 * they are merged (units before the plans and activities that name them).
 */
enum PackageKind {
    UNIT("unit", true),
    SLOGAN("slogan", true),
    CHOICE("choice_value", true),
    PLAN("plan", true),
    TARGET("target", true),
    REPORT_DEADLINE("report_deadline", true),
    BROADCAST("broadcast", false),
    BANNER("banner", false),
    TEAM_SESSION("team_session", false),
    NEWS("news_item", false),
    EVENT("outreach_event", false),
    MATERIAL("material", false),
    TEAM_MEMBER("team_member", false),
    EVIDENCE("evidence", false);

    private final String entryName;
    private final boolean travelsDown;

    PackageKind(String entryName, boolean travelsDown) {
        this.entryName = entryName;
        this.travelsDown = travelsDown;
    }

    String entry() {
        return "records/" + entryName + ".jsonl";
    }

    /** Whether a district sends it down to its communes (the plan and its deadlines, the unit tree, the slogans). */
    boolean travelsDown() {
        return travelsDown;
    }

    static RecordMeta metaOf(StoredRecord record) {
        return record.meta();
    }
}
