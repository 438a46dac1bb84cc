package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.util.List;
import vn.dxoutreach.domain.Broadcast;

/**
 * What the application's own machinery is measured against: the aggregate the per-day totals exist
 * to avoid (broadcasts grouped by unit and ISO week straight from the rows), and the application's
 * schema filled by plain SQL. Kept for the benchmark.
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

    /**
     * Inserts the broadcasts with one plain prepared INSERT in batches, in the caller's transaction
     * (or its own): the schema's indexes and triggers do their work, nothing else does.
     */
    public void insertBroadcasts(List<Broadcast> broadcasts) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO broadcast (id, unit_id, created_at, updated_at,"
                    + " deleted, aired_on, slot, program_title, production, minutes, topic, note, recorded_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (Broadcast b : broadcasts) {
                    int i = Columns.bindMeta(ps, b.meta());
                    ps.setString(i++, b.airedOn().toString());
                    ps.setString(i++, b.slot().name());
                    ps.setString(i++, b.programTitle());
                    ps.setString(i++, b.production().name());
                    ps.setInt(i++, b.minutes());
                    ps.setString(i++, b.topic());
                    ps.setString(i++, b.note());
                    ps.setString(i, b.recordedBy());
                    ps.addBatch();
                    if (++batched % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
