package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the per-day totals right during a bulk write (an import, the sample) at a fraction of the
 * per-row cost. The triggers of V2 and V14 upsert two large tables for every row, each time at a
 * random place. For the length of one transaction they are set aside: temporary triggers append
 * each row's amounts (old ones negated) to a small in-memory table, and at the end the amounts are
 * added to the kept totals grouped by key, in key order, once per key. The triggers are put back in
 * the same transaction, so no other connection ever sees the schema without them. Single-record
 * writes keep the triggers.
 *
 * <p>The amounts below are those of the migrations' triggers: change them together.
 */
final class BulkTotals {

    /** Below this many records the triggers are cheaper than setting them aside. */
    static final int MIN_RECORDS = 1000;

    private static final String COLUMNS = String.join(", ", ActivityTable.TOTAL_COLUMNS);
    private static final String ADD = " DO UPDATE SET " + ActivityTable.TOTAL_COLUMNS.stream()
            .map(col -> col + " = " + col + " + excluded." + col).collect(java.util.stream.Collectors.joining(", "));
    private static final String SUMS = ActivityTable.TOTAL_COLUMNS.stream().map(col -> "SUM(" + col + ")")
            .collect(java.util.stream.Collectors.joining(", "));

    private BulkTotals() {
    }

    /** Runs the work, which writes rows of {@code table}, with the totals kept set-wise; joins the caller's transaction. */
    static <T> T run(Database db, String table, SqlWork<T> work) {
        ActivityTable kind = ActivityTable.ofTable(table).orElseThrow();
        return db.write(c -> {
            List<String> kept = setAside(c, table);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS bulk_amount (kind TEXT NOT NULL, detail TEXT NOT NULL,"
                        + " day TEXT NOT NULL, unit_id TEXT NOT NULL, " + COLUMNS.replace(",", " INTEGER,") + " INTEGER)");
                for (String trigger : collecting(kind)) {
                    st.executeUpdate(trigger);
                }
            }
            T result = work.run(c);
            try (Statement st = c.createStatement()) {
                for (String event : List.of("insert", "update", "delete")) {
                    st.executeUpdate("DROP TRIGGER temp.bulk_" + table + "_" + event);
                }
                st.executeUpdate("INSERT INTO daily_total (kind, day, unit_id, " + COLUMNS + ") SELECT kind, day, unit_id, "
                        + SUMS + " FROM temp.bulk_amount WHERE true GROUP BY kind, day, unit_id"
                        + " ON CONFLICT (kind, day, unit_id)" + ADD);
                st.executeUpdate("INSERT INTO daily_detail_total (kind, detail, day, unit_id, " + COLUMNS + ")"
                        + " SELECT kind, detail, day, unit_id, " + SUMS + " FROM temp.bulk_amount WHERE true"
                        + " GROUP BY kind, detail, day, unit_id ON CONFLICT (kind, detail, day, unit_id)" + ADD);
                st.executeUpdate("DELETE FROM temp.bulk_amount");
                for (String sql : kept) {
                    st.executeUpdate(sql);
                }
            }
            return result;
        });
    }

    /** Drops the table's total-keeping triggers; returns the SQL that creates them again. */
    private static List<String> setAside(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'"
                + " AND tbl_name = ? AND name IN (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, table);
            int index = 2;
            for (String totals : List.of("_daily_", "_detail_")) {
                for (String event : List.of("insert", "update", "delete")) {
                    ps.setString(index++, table + totals + event);
                }
            }
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    sql.add(rs.getString(2));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.executeUpdate("DROP TRIGGER main." + name);
            }
        }
        return sql;
    }

    /** Temporary triggers that append each row's amounts (an old row's negated) to temp.bulk_amount. */
    private static List<String> collecting(ActivityTable kind) {
        String insert = "INSERT INTO bulk_amount (kind, detail, day, unit_id, " + COLUMNS + ")";
        String newRow = insert + " SELECT '" + kind.code() + "', NEW." + kind.detailColumn() + ", NEW."
                + kind.dayColumn() + ", NEW.unit_id, " + String.join(", ", kind.amountsInOrder()).replace("R.", "NEW.") + " WHERE NEW.deleted = 0;";
        String oldRow = insert + " SELECT '" + kind.code() + "', OLD." + kind.detailColumn() + ", OLD."
                + kind.dayColumn() + ", OLD.unit_id, " + String.join(", ", kind.amountsInOrder().stream().map(a -> "-(" + a + ")").toList())
                .replace("R.", "OLD.") + " WHERE OLD.deleted = 0;";
        String prefix = "CREATE TEMP TRIGGER bulk_" + kind.table() + "_";
        String on = " ON main." + kind.table() + " BEGIN ";
        return List.of(prefix + "insert AFTER INSERT" + on + newRow + " END",
                prefix + "update AFTER UPDATE" + on + oldRow + " " + newRow + " END",
                prefix + "delete AFTER DELETE" + on + oldRow + " END");
    }
}
