package vn.dxoutreach.store;

/**
 * The aggregate the per-day totals exist to avoid: broadcasts grouped by unit and ISO week straight
 * from the rows. Kept for the benchmark, to show what a screen would pay without them.
 */
public final class RawAggregate {

    private final Database db;

    public RawAggregate(Database db) {
        this.db = db;
    }

    /** Runs the grouping over every live broadcast; returns the number of groups. */
    public long broadcastsByUnitAndWeek() {
        return db.read(c -> {
            long groups = 0;
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT unit_id, strftime('%G-W%V', aired_on) AS week, COUNT(*)"
                         + " FROM broadcast WHERE deleted = 0 GROUP BY unit_id, week")) {
                while (rs.next()) {
                    groups++;
                }
            }
            return groups;
        });
    }
}
