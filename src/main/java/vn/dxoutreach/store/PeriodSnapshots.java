package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxoutreach.domain.ActivityKind;

/**
 * Whole-period totals, or the totals of many days, read through each unit's snapshot (V21, decision
 * 0028): a unit whose totals of the kind have not changed since its snapshot was made is one row of a
 * few kilobytes at most; the others are read from the period (or daily) tables, and their snapshots made
 * anew for {@link #keep} once the read is over. What is put into a builder is exactly what the tables hold.
 */
final class PeriodSnapshots {

    /** Up to this many changed units are read by naming them; more, by reading every unit's rows. */
    private static final int NAMED_UNITS = 200;

    /** A snapshot made during a read, kept after it. */
    record Fresh(String kind, String detail, String grain, String unitId, long epoch, byte[] data) {
    }

    private final ActivityTable table;
    private final String detail;
    /** The grain's code in the snapshots' key: that of a week or month, or {@link #DAYS}. */
    private final String grain;
    private final List<String> columns;

    /** The grain code of snapshots of single days, read from the daily totals. */
    static final String DAYS = "D";

    /** The snapshots of a kind, a stored filter value (null: every record) and a grain (null: single days). */
    PeriodSnapshots(ActivityKind kind, String detail, PeriodGrain grain) {
        this.table = ActivityTable.of(kind);
        this.detail = detail;
        this.grain = grain == null ? DAYS : grain.code();
        this.columns = table.filledColumns();
    }

    /**
     * Puts the periods starting from {@code a} to {@code b} into the builder, at their day offsets from
     * {@code origin}, the amounts of the wanted columns in their order; adds to {@code fresh} the
     * snapshots it had to make.
     */
    void fill(Connection c, LocalDate origin, LocalDate a, LocalDate b, List<String> wanted,
            DailySeries.Builder builder, List<Fresh> fresh) throws SQLException {
        Into into = new Into(builder, wanted.stream().mapToInt(columns::indexOf).toArray(), origin.toEpochDay(),
                a.toEpochDay(), b.toEpochDay());
        Map<String, Long> changed = new LinkedHashMap<>();
        Map<String, byte[]> valid = new LinkedHashMap<>();
        int[] periods = {0};
        try (PreparedStatement ps = c.prepareStatement("SELECT e.unit_id, e.epoch, s.epoch, s.data FROM totals_epoch e"
                + " LEFT JOIN period_snapshot s ON s.kind = e.kind AND s.detail = ? AND s.grain = ?"
                + " AND s.unit_id = e.unit_id WHERE e.kind = ?")) {
            ps.setString(1, detailKey());
            ps.setString(2, grain);
            ps.setString(3, table.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String unit = rs.getString(1);
                    long epoch = rs.getLong(2);
                    long keptEpoch = rs.getLong(3);
                    boolean kept = !rs.wasNull() && keptEpoch == epoch;
                    byte[] data = kept ? rs.getBytes(4) : null;
                    int before = periods[0];
                    if (!kept || !PeriodSnapshot.read(data, columns.size(),
                            (day, amounts) -> periods[0] += into.takes(day) ? 1 : 0)) {
                        periods[0] = before;
                        changed.put(unit, epoch);
                    } else {
                        valid.put(unit, data);
                    }
                }
            }
        }
        // checked whole above; counted first, so the builder's arrays are sized once
        builder.expect(periods[0]);
        valid.forEach((unit, data) -> {
            int handle = builder.unit(unit);
            PeriodSnapshot.read(data, columns.size(), (day, amounts) -> into.period(handle, day, amounts));
        });
        if (!changed.isEmpty()) {
            fresh.addAll(readChanged(c, changed, into));
        }
    }

    /** Reads the changed units from the period tables into the builder; their new snapshots, of those still unchanged since. */
    private List<Fresh> readChanged(Connection c, Map<String, Long> changed, Into into) throws SQLException {
        Map<String, Changed> units = new HashMap<>();
        for (String unit : changed.keySet()) {
            units.put(unit, new Changed(new PeriodSnapshot.Writer(columns.size()), into.builder().unit(unit)));
        }
        boolean named = changed.size() <= NAMED_UNITS;
        boolean days = grain.equals(DAYS);
        String start = days ? "day" : "period_start";
        List<Object> params = new ArrayList<>(List.of(table.code()));
        StringBuilder sql = new StringBuilder("SELECT unit_id, CAST(julianday(" + start + ") - 2440587.5 AS INTEGER), ")
                .append(String.join(", ", columns))
                .append(" FROM ").append(days ? "daily" : "period").append(detail == null ? "_total" : "_detail_total")
                .append(" WHERE kind = ?");
        if (detail != null) {
            sql.append(" AND detail = ?");
            params.add(detail);
        }
        if (!days) {
            sql.append(" AND grain = ?");
            params.add(grain);
        }
        if (named) {
            sql.append(" AND unit_id IN (").append(String.join(", ", Collections.nCopies(changed.size(), "?")))
                    .append(')');
            params.addAll(changed.keySet());
        }
        sql.append(" ORDER BY ").append(start);
        long[] amounts = new long[columns.size()];
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Columns.set(ps, i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Changed unit = units.get(rs.getString(1));
                    if (unit == null) {
                        continue; // unchanged: read from its snapshot
                    }
                    long day = rs.getLong(2);
                    for (int col = 0; col < amounts.length; col++) {
                        amounts[col] = rs.getLong(3 + col);
                    }
                    unit.writer().period(day, amounts);
                    into.period(unit.handle(), day, amounts);
                }
            }
        }
        Map<String, Long> now = epochs(c);
        List<Fresh> fresh = new ArrayList<>();
        for (var entry : changed.entrySet()) {
            if (entry.getValue().equals(now.get(entry.getKey()))) {
                fresh.add(new Fresh(table.code(), detailKey(), grain, entry.getKey(), entry.getValue(),
                        units.get(entry.getKey()).writer().bytes()));
            }
        }
        return fresh;
    }

    private Map<String, Long> epochs(Connection c) throws SQLException {
        Map<String, Long> epochs = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, epoch FROM totals_epoch WHERE kind = ?")) {
            ps.setString(1, table.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    epochs.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return epochs;
    }

    private String detailKey() {
        return detail == null ? "" : detail;
    }

    /**
     * Keeps the snapshots made during reads, when the database can take them without waiting; else
     * they are made again next time.
     */
    static void keep(Database db, List<Fresh> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        db.keepDerived(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO period_snapshot"
                    + " (kind, detail, grain, unit_id, epoch, data) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Fresh f : fresh) {
                    ps.setString(1, f.kind());
                    ps.setString(2, f.detail());
                    ps.setString(3, f.grain());
                    ps.setString(4, f.unitId());
                    ps.setLong(5, f.epoch());
                    ps.setBytes(6, f.data());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** A changed unit being read: its new snapshot, and its index in the builder. */
    private record Changed(PeriodSnapshot.Writer writer, int handle) {
    }

    /** Where the periods of a range go: the builder, at offsets from the origin, the wanted columns. */
    private record Into(DailySeries.Builder builder, int[] pick, long origin, long first, long last) {

        /** Whether a period starting on the epoch day is one of those read. */
        boolean takes(long day) {
            return day >= first && day <= last;
        }

        void period(int unit, long day, long[] amounts) {
            if (!takes(day) || !builder.row(unit, (int) (day - origin))) {
                return;
            }
            for (int col = 0; col < pick.length; col++) {
                builder.amount(col, amounts[pick[col]]);
            }
        }
    }
}
