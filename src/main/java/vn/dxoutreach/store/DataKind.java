package vn.dxoutreach.store;

import vn.dxoutreach.domain.ActivityKind;

/** What kind of data a write touched; screens listen for the kinds they show. */
public enum DataKind {
    UNIT, LEVEL_NAME, PLAN, TARGET, REPORT_DEADLINE, BROADCAST, BANNER, TEAM_SESSION, NEWS, EVENT, MATERIAL,
    EVIDENCE, SLOGAN, CHOICE, TEAM_MEMBER, EXCHANGE, SETTING;

    /** The kind stored in a record table. */
    static DataKind ofTable(String table) {
        return ActivityTable.ofTable(table).map(t -> of(t.kind())).orElseGet(() -> switch (table) {
            case "unit" -> UNIT;
            case "plan" -> PLAN;
            case "target" -> TARGET;
            case "report_deadline" -> REPORT_DEADLINE;
            case "evidence" -> EVIDENCE;
            case "slogan" -> SLOGAN;
            case "choice_value" -> CHOICE;
            case "team_member" -> TEAM_MEMBER;
            default -> throw new IllegalArgumentException("No kind for table " + table);
        });
    }

    /** The data kind of an activity kind. */
    public static DataKind of(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> BROADCAST;
            case BANNER -> BANNER;
            case TEAM_SESSION -> TEAM_SESSION;
            case NEWS -> NEWS;
            case EVENT -> EVENT;
            case MATERIAL -> MATERIAL;
        };
    }

    /** The dated activities that progress figures count. */
    public boolean isActivity() {
        return java.util.Arrays.stream(ActivityKind.values()).anyMatch(kind -> of(kind) == this);
    }
}
