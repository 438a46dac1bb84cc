package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.RecordMeta;

/**
 * The record types a package carries, each as one entry {@code records/<name>.jsonl}, in the order
 * they are merged (units before the plans and activities that name them).
 */
enum PackageKind {
    UNIT("unit", true),
    SLOGAN("slogan", true),
    PLAN("plan", true),
    TARGET("target", true),
    REPORT_DEADLINE("report_deadline", true),
    BROADCAST("broadcast", false),
    BANNER("banner", false),
    TEAM_SESSION("team_session", false),
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

    static RecordMeta metaOf(Object record) {
        if (record instanceof vn.dxoutreach.domain.Unit u) {
            return u.meta();
        } else if (record instanceof vn.dxoutreach.domain.Plan p) {
            return p.meta();
        } else if (record instanceof vn.dxoutreach.domain.Target t) {
            return t.meta();
        } else if (record instanceof vn.dxoutreach.domain.ReportDeadline d) {
            return d.meta();
        } else if (record instanceof vn.dxoutreach.domain.Broadcast b) {
            return b.meta();
        } else if (record instanceof vn.dxoutreach.domain.Banner b) {
            return b.meta();
        } else if (record instanceof vn.dxoutreach.domain.TeamSession s) {
            return s.meta();
        } else if (record instanceof vn.dxoutreach.domain.Evidence e) {
            return e.meta();
        } else if (record instanceof vn.dxoutreach.domain.Slogan s) {
            return s.meta();
        }
        throw new IllegalArgumentException("Not a record: " + record);
    }
}
