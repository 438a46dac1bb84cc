package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
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

    /**
     * From this many days on a day-by-day read goes through the units' snapshots of their days (a
     * plan's cumulative line: every day of years); shorter ones (a month cut by "as of") read the rows.
     */
    static final int SNAPSHOT_DAYS = 92;

    private final Database db;

    public DailySeriesRepository(Database db) {
        this.db = db;
    }

    /** The kept-totals column that answers a request. */
    public static String column(SeriesRequest r) {
        return ActivityTable.column(r.measure(), r.newProductionOnly());
    }

    /** The columns that can be non-zero for a kind; the others are not read. */
    private static List<String> columnsOf(ActivityKind kind) {
        return ActivityTable.of(kind).filledColumns();
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
        return readTotals(kind, detail, from, to, ActivityTable.TOTAL_COLUMNS);
    }

    /**
     * Like {@link #readTotals(ActivityKind, String, LocalDate, LocalDate)}, of only the wanted columns
     * (each read costs per row and column): the result holds those the kind can fill, and an empty
     * series for every column the kind never fills; a column of the kind not wanted is absent.
     */
    public Map<String, DailySeries> readTotals(ActivityKind kind, String detail, LocalDate from, LocalDate to,
            Collection<String> wanted) {
        boolean many = ChronoUnit.DAYS.between(from, to) >= SNAPSHOT_DAYS;
        return read(kind, detail, from, to, wanted, (totals, c, builder, fresh) -> {
            if (many) {
                new PeriodSnapshots(kind, totals.detail(), null).fill(c, from, from, to, totals.columns(), builder,
                        fresh);
            } else {
                totals.days(c, builder, from, to);
            }
        });
    }

    /**
     * Like {@link #readTotals(ActivityKind, String, LocalDate, LocalDate, Collection)}, read at a grain:
     * the total of each whole week or month inside the range, from {@code period_total} through the
     * units' snapshots ({@link PeriodSnapshots}), put on the period's first day; a period the range
     * cuts is left out. A sum over days is therefore that of the daily series when both its ends are
     * period boundaries; the caller reads the other days day by day and puts them in with
     * {@link DailySeries#with}.
     */
    public Map<String, DailySeries> readPeriodTotals(ActivityKind kind, String detail, LocalDate from, LocalDate to,
            Collection<String> wanted, PeriodGrain grain) {
        LocalDate first = grain.start(from).equals(from) ? from : grain.end(from).plusDays(1);
        LocalDate last = grain.start(to); // a period starting on this day ends after "to" unless it ends on it
        LocalDate lastWhole = grain.end(to).equals(to) ? last : last.minusDays(1);
        return read(kind, detail, from, to, wanted, (totals, c, builder, fresh) -> {
            if (!lastWhole.isBefore(first)) {
                new PeriodSnapshots(kind, totals.detail(), grain).fill(c, from, first, lastWhole, totals.columns(),
                        builder, fresh);
            }
        });
    }

    private interface Reading {
        void into(Totals totals, Connection c, DailySeries.Builder builder, List<PeriodSnapshots.Fresh> fresh)
                throws SQLException;
    }

    private Map<String, DailySeries> read(ActivityKind kind, String detail, LocalDate from, LocalDate to,
            Collection<String> wanted, Reading reading) {
        List<String> columns = columnsOf(kind).stream().filter(wanted::contains).toList();
        Map<String, DailySeries> result = new HashMap<>();
        for (String col : ActivityTable.TOTAL_COLUMNS) {
            if (!columnsOf(kind).contains(col)) {
                result.put(col, DailySeries.empty(from, to));
            }
        }
        if (columns.isEmpty()) {
            return result;
        }
        List<PeriodSnapshots.Fresh> fresh = new ArrayList<>();
        Map<String, DailySeries> read = db.read(c -> {
            DailySeries.Builder builder = new DailySeries.Builder(from, to, columns.size());
            List<String> matching = detail == null ? java.util.Collections.singletonList(null)
                    : details(c, kind, detail);
            for (String value : matching) {
                reading.into(new Totals(kind, value, columns, from), c, builder, fresh);
            }
            List<DailySeries> built = builder.build();
            for (int i = 0; i < columns.size(); i++) {
                result.put(columns.get(i), built.get(i));
            }
            return result;
        });
        PeriodSnapshots.keep(db, fresh);
        return read;
    }

    /** The reads of one kind and filter value (null: every record) from the kept tables. */
    private record Totals(ActivityKind kind, String detail, List<String> columns, LocalDate origin) {

        private String select(String dayColumn) {
            return "SELECT unit_id, CAST(julianday(" + dayColumn + ") - julianday(?) AS INTEGER), "
                    + String.join(", ", columns);
        }

        void days(Connection c, DailySeries.Builder builder, LocalDate a, LocalDate b) throws SQLException {
            if (detail == null) {
                fill(c, select("day") + " FROM daily_total WHERE kind = ? AND day BETWEEN ? AND ?",
                        List.of(origin, ActivityTable.of(kind).code(), a, b), builder, columns.size());
            } else {
                fill(c, select("day") + " FROM daily_detail_total WHERE kind = ? AND detail = ? AND day BETWEEN ? AND ?",
                        List.of(origin, ActivityTable.of(kind).code(), detail, a, b), builder, columns.size());
            }
        }
    }

    /**
     * Drops every unit's snapshot of its period totals, as if all had changed: the next reads make
     * them again (for measuring that first read).
     */
    public void forgetSnapshots() {
        db.keepDerived(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM period_snapshot");
            }
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
                    if (builder.row(builder.unit(rs.getString(1)), rs.getInt(2))) {
                        for (int col = 0; col < columns; col++) {
                            builder.amount(col, rs.getLong(3 + col));
                        }
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
            ps.setString(1, ActivityTable.of(kind).code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String stored = rs.getString(1);
                    boolean same = ActivityTable.of(kind).exactDetail() ? wanted.equals(stored)
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
