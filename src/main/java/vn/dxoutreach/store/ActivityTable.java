package vn.dxoutreach.store;

import java.util.List;
import java.util.Map;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Measure;

/**
 * How an activity kind is stored: its table, the column of its day and of the field targets filter
 * on, its code in the kept totals ({@code daily_total}, {@code daily_detail_total}) and what each of
 * its rows adds to their columns. The amounts are those of the migrations' triggers (V2, V14, V16):
 * change them together.
 *
 * @param amounts SQL over the row (written {@code R.column}) for each total column the kind fills
 */
public record ActivityTable(ActivityKind kind, String table, String code, String dayColumn, String detailColumn,
        Map<String, String> amounts) {

    /** The columns of the kept totals, in table order. */
    public static final List<String> TOTAL_COLUMNS = List.of("records", "records_new", "minutes", "minutes_new",
            "quantity", "people", "views", "apps");

    /** The table of a kind. */
    public static ActivityTable of(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> new ActivityTable(kind, "broadcast", "B", "aired_on", "topic", Map.of(
                    "records", "1", "records_new", "CASE WHEN R.production = 'NEW' THEN 1 ELSE 0 END",
                    "minutes", "R.minutes", "minutes_new", "CASE WHEN R.production = 'NEW' THEN R.minutes ELSE 0 END"));
            case BANNER -> new ActivityTable(kind, "banner", "A", "hung_on", "kind",
                    Map.of("records", "1", "quantity", "R.quantity"));
            case TEAM_SESSION -> new ActivityTable(kind, "team_session", "S", "held_on", "support_topic",
                    Map.of("records", "1", "people", "R.people_helped", "apps", "R.apps_installed"));
            case NEWS -> new ActivityTable(kind, "news_item", "N", "published_on", "channel",
                    Map.of("records", "1", "views", "coalesce(R.views, 0)"));
            case EVENT -> new ActivityTable(kind, "outreach_event", "E", "starts_on", "type",
                    Map.of("records", "1", "people", "R.participants"));
            case MATERIAL -> new ActivityTable(kind, "material", "M", "made_on", "type",
                    Map.of("records", "1", "quantity", "R.quantity"));
        };
    }

    /** Every kind's table, in the kinds' order. */
    public static List<ActivityTable> all() {
        return java.util.Arrays.stream(ActivityKind.values()).map(ActivityTable::of).toList();
    }

    /** The kind stored in a table, if it holds activities. */
    static java.util.Optional<ActivityTable> ofTable(String table) {
        return all().stream().filter(t -> t.table().equals(table)).findFirst();
    }

    /** The total columns this kind fills, in table order; the others stay zero and are not read. */
    public List<String> filledColumns() {
        return TOTAL_COLUMNS.stream().filter(amounts::containsKey).toList();
    }

    /** Each total column's amount for a row, {@code 0} where the kind adds nothing. */
    List<String> amountsInOrder() {
        return TOTAL_COLUMNS.stream().map(col -> amounts.getOrDefault(col, "0")).toList();
    }

    /** The total column that sums a measure (with "new production only" for broadcasts). */
    public static String column(Measure measure, boolean newProductionOnly) {
        return switch (measure) {
            case COUNT -> newProductionOnly ? "records_new" : "records";
            case MINUTES -> newProductionOnly ? "minutes_new" : "minutes";
            case QUANTITY -> "quantity";
            case PEOPLE, PARTICIPANTS -> "people";
            case VIEWS -> "views";
            case APPS -> "apps";
        };
    }

    /** Whether the filtered field is matched exactly (a banner kind's name) rather than as a topic is. */
    public boolean exactDetail() {
        return kind == ActivityKind.BANNER;
    }
}
