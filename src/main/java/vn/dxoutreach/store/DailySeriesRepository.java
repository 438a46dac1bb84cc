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

    /** The kept-totals column that answers a request. */
    public static String column(SeriesRequest r) {
        return ActivityTable.column(r.measure(), r.newProductionOnly());
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
        ActivityTable table = ActivityTable.of(kind);
        List<String> columns = table.filledColumns();
        String select = "SELECT unit_id, CAST(julianday(day) - julianday(?) AS INTEGER), " + String.join(", ", columns);
        return db.read(c -> {
            DailySeries.Builder builder = new DailySeries.Builder(from, to, columns.size());
            if (detail == null) {
                fill(c, select + " FROM daily_total WHERE kind = ? AND day BETWEEN ? AND ?", List.of(from,
                        table.code(), from, to), builder, columns.size());
            } else {
                for (String matching : details(c, table, detail)) {
                    fill(c, select + " FROM daily_detail_total WHERE kind = ? AND detail = ? AND day BETWEEN ? AND ?",
                            List.of(from, table.code(), matching, from, to), builder, columns.size());
                }
            }
            List<DailySeries> built = builder.build();
            Map<String, DailySeries> result = new HashMap<>();
            for (String col : ActivityTable.TOTAL_COLUMNS) {
                int index = columns.indexOf(col);
                result.put(col, index < 0 ? DailySeries.empty(from, to) : built.get(index));
            }
            return result;
        });
    }

    /** The daily amounts a request asks for. */
    public DailySeries read(SeriesRequest request) {
        return readTotals(request.kind(), request.detail(), request.from(), request.to()).get(column(request));
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
    private static List<String> details(Connection c, ActivityTable table, String wanted) throws SQLException {
        List<String> matching = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("WITH RECURSIVE d (detail) AS ("
                + " SELECT MIN(detail) FROM daily_detail_total WHERE kind = ?1"
                + " UNION ALL SELECT (SELECT MIN(detail) FROM daily_detail_total WHERE kind = ?1 AND detail > d.detail)"
                + " FROM d WHERE d.detail IS NOT NULL) SELECT detail FROM d WHERE detail IS NOT NULL")) {
            ps.setString(1, table.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    boolean same = table.exactDetail() ? wanted.equals(stored)
                            : TargetFilter.sameTopic(wanted, stored);
                    if (same) {
                        matching.add(stored);
                    }
                }
            }
        }
        return matching;
    }
}
