package vn.dxoutreach.store;

/** What kind of data a write touched; screens listen for the kinds they show. */
public enum DataKind {
    UNIT, LEVEL_NAME, PLAN, TARGET, REPORT_DEADLINE, BROADCAST, BANNER, TEAM_SESSION, EVIDENCE, SLOGAN,
    EXCHANGE, SETTING;

    /** The kind stored in a record table. */
    static DataKind ofTable(String table) {
        return switch (table) {
            case "unit" -> UNIT;
            case "plan" -> PLAN;
            case "target" -> TARGET;
            case "report_deadline" -> REPORT_DEADLINE;
            case "broadcast" -> BROADCAST;
            case "banner" -> BANNER;
            case "team_session" -> TEAM_SESSION;
            case "evidence" -> EVIDENCE;
            case "slogan" -> SLOGAN;
            default -> throw new IllegalArgumentException("No kind for table " + table);
        };
    }

    /** The dated activities that progress figures count. */
    public boolean isActivity() {
        return this == BROADCAST || this == BANNER || this == TEAM_SESSION;
    }
}
