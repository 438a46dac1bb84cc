package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.TargetFilter;

/**
 * Reads per-unit, per-day amounts of a measure from the totals the triggers keep, never from the
 * activity rows: {@code daily_total} for unfiltered requests (and "new production only"),
 * {@code daily_detail_total} for requests filtered by topic, banner kind or support topic.
 */
public final class DailySeriesRepository {

    private final Database db;

    public DailySeriesRepository(Database db) {
        this.db = db;
    }

    /** The columns of the kept totals, one per measure (and "new production only" variant). */
    static final List<String> TOTAL_COLUMNS = List.of("records", "records_new", "minutes", "minutes_new", "quantity",
            "people");

    /** The kept-totals column that answers a request. */
    public static String column(SeriesRequest r) {
        return switch (r.measure()) {
            case COUNT -> r.newProductionOnly() ? "records_new" : "records";
            case MINUTES -> r.newProductionOnly() ? "minutes_new" : "minutes";
            case QUANTITY -> "quantity";
            case PEOPLE -> "people";
        };
    }

    /** The columns that can be non-zero for a kind; the others are not read. */
    private static List<String> columnsOf(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> List.of("records", "records_new", "minutes", "minutes_new");
            case BANNER -> List.of("records", "quantity");
            case TEAM_SESSION -> List.of("records", "people");
        };
    }

    /**
     * Every measure of a kind over a date range, in one pass over the kept totals, keyed by
     * {@link #column}: one read serves every target of a plan on that kind.
     */
    public Map<String, DailySeries> readTotals(ActivityKind kind, LocalDate from, LocalDate to) {
        return readTotals(kind, null, from, to);
    }

    /**
     * Like {@link #readTotals(ActivityKind, LocalDate, LocalDate)}, of the records whose filtered field
     * (broadcast topic, banner kind's name, support topic) matches {@code detail}; null: all records.
     * Topics match as {@link TargetFilter#sameTopic} says.
     */
    public Map<String, DailySeries> readTotals(ActivityKind kind, String detail, LocalDate from, LocalDate to) {
        List<String> columns = columnsOf(kind);
        String select = "SELECT unit_id, CAST(julianday(day) - julianday(?) AS INTEGER), " + String.join(", ", columns);
        return db.read(c -> {
            DailySeries.Builder builder = new DailySeries.Builder(from, to, columns.size());
            if (detail == null) {
                fill(c, select + " FROM daily_total WHERE kind = ? AND day BETWEEN ? AND ?", List.of(from,
                        kindCode(kind), from, to), builder, columns.size());
            } else {
                for (String matching : details(c, kind, detail)) {
                    fill(c, select + " FROM daily_detail_total WHERE kind = ? AND detail = ? AND day BETWEEN ? AND ?",
                            List.of(from, kindCode(kind), matching, from, to), builder, columns.size());
                }
            }
            List<DailySeries> built = builder.build();
            Map<String, DailySeries> result = new HashMap<>();
            for (String col : TOTAL_COLUMNS) {
                int index = columns.indexOf(col);
                result.put(col, index < 0 ? DailySeries.empty(from, to) : built.get(index));
            }
            return result;
        });
    }

    /** The daily amounts a request asks for. */
    public DailySeries read(SeriesRequest request) {
        return readTotals(request.kind(), detail(request), request.from(), request.to()).get(column(request));
    }

    /** The value of the filtered field a request asks for; null when it asks for every record. */
    public static String detail(SeriesRequest r) {
        return switch (r.kind()) {
            case BROADCAST -> r.topic();
            case BANNER -> r.bannerKind() == null ? null : r.bannerKind().name();
            case TEAM_SESSION -> r.sessionTopic();
        };
    }

    private static void fill(Connection c, String sql, List<Object> params, DailySeries.Builder builder, int columns)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Columns.set(ps, i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DailySeries.UnitAmounts unit = builder.unit(rs.getString(1));
                    int day = rs.getInt(2);
                    for (int col = 0; col < columns; col++) {
                        builder.add(unit, col, day, rs.getLong(3 + col));
                    }
                }
            }
        }
    }

    /**
     * The stored values of the filtered field that match the wanted one: a few distinct values, found
     * by stepping through the key (one index probe per value) rather than reading every row.
     */
    private static List<String> details(Connection c, ActivityKind kind, String wanted) throws SQLException {
        List<String> matching = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE d (detail) AS ("
                + " SELECT MIN(detail) FROM daily_detail_total WHERE kind = ?1"
                + " UNION ALL SELECT (SELECT MIN(detail) FROM daily_detail_total WHERE kind = ?1 AND detail > d.detail)"
                + " FROM d WHERE d.detail IS NOT NULL) SELECT detail FROM d WHERE detail IS NOT NULL")) {
            ps.setString(1, kindCode(kind));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    boolean same = kind == ActivityKind.BANNER ? wanted.equals(stored)
                            : TargetFilter.sameTopic(wanted, stored);
                    if (same) {
                        matching.add(stored);
                    }
                }
            }
        }
        return matching;
    }

    static String kindCode(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> "B";
            case BANNER -> "A";
            case TEAM_SESSION -> "S";
        };
    }
}
