package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;

/**
 * Storage of a dated activity of one {@link ActivityKind} with the queries its table
 * and the duplicate warning need.
 */
public abstract class ActivityRepository<T extends ActivityRecord> extends RecordRepository<T> {

    private final ActivityTable stored;

    protected ActivityRepository(Database db, Clock clock, ActivityKind kind) {
        super(db, clock);
        this.stored = ActivityTable.of(kind);
    }

    /** The kind of activity stored here. */
    public ActivityKind kind() {
        return stored.kind();
    }

    @Override
    protected final String table() {
        return stored.table();
    }

    /** Many records at once (an import, the sample) keep the per-day totals set-wise: {@link BulkTotals}. */
    @Override
    public void putAll(List<T> records) {
        if (records.size() < BulkTotals.MIN_RECORDS) {
            super.putAll(records);
            return;
        }
        BulkTotals.run(db, table(), c -> {
            super.putAll(records);
            return null;
        });
    }

    /** The column holding the activity's date. */
    @Override
    protected final String dateColumn() {
        return stored.dayColumn();
    }

    /** Live records matching the query, newest first. */
    public List<T> find(ActivityQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM " + table() + " WHERE deleted = 0");
        List<Object> params = new ArrayList<>();
        if (q.unitIds() != null) {
            if (q.unitIds().isEmpty()) {
                return List.of();
            }
            // Asked for most units (the whole office), walking the date index newest first and
            // stopping at the limit takes milliseconds; the unit index would fetch and sort every
            // row first (0.3 s at a million airings). "+" keeps SQLite off the unit index.
            boolean mostUnits = q.unitIds().size() * 2L >= liveUnitCount();
            sql.append(mostUnits ? " AND +unit_id IN (" : " AND unit_id IN (")
                    .append(q.unitIds().stream().map(id -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            params.addAll(q.unitIds());
        }
        if (q.from() != null) {
            sql.append(" AND ").append(dateColumn()).append(" >= ?");
            params.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND ").append(dateColumn()).append(" <= ?");
            params.add(q.to());
        }
        List<String> words = q.text() == null ? List.of() : SearchPhrase.words(q.text());
        if (!words.isEmpty()) {
            // the full-text index answers in milliseconds what LIKE over every row took seconds to
            sql.append(" AND rowid IN (SELECT rowid FROM ").append(table()).append("_search WHERE ")
                    .append(table()).append("_search MATCH ?)");
            params.add(SearchPhrase.match(words));
        }
        sql.append(" ORDER BY ").append(dateColumn()).append(" DESC, updated_at DESC LIMIT ").append(q.limit());
        return query(sql.toString(), params.toArray());
    }

    private long liveUnitCount() {
        return db.read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM unit WHERE deleted = 0")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Hands the live records of the given units on the given days to the consumer, one at a time:
     * the pairs go into a temporary table joined on the (unit, day) index, so matching an import's
     * rows costs the records of those days, not a read of every stored record.
     */
    public void forEachLiveOn(Map<UUID, Set<LocalDate>> unitDays, Consumer<T> consumer) {
        if (unitDays.isEmpty()) {
            return;
        }
        db.read(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS wanted_unit_day (unit_id TEXT NOT NULL, day TEXT NOT NULL,"
                        + " PRIMARY KEY (unit_id, day)) WITHOUT ROWID");
                st.executeUpdate("DELETE FROM temp.wanted_unit_day");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.wanted_unit_day VALUES (?, ?)")) {
                for (var unit : unitDays.entrySet()) {
                    for (LocalDate day : unit.getValue()) {
                        ps.setString(1, unit.getKey().toString());
                        ps.setString(2, day.toString());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT r.* FROM temp.wanted_unit_day w JOIN " + table()
                         + " r ON r.unit_id = w.unit_id AND r." + dateColumn() + " = w.day WHERE r.deleted = 0")) {
                while (rs.next()) {
                    consumer.accept(map(rs));
                }
            } finally {
                try (var st = c.createStatement()) {
                    st.executeUpdate("DELETE FROM temp.wanted_unit_day");
                }
            }
            return null;
        });
    }

    /** Live records of a unit on a day, to warn about likely duplicates. */
    /** The different non-blank values of a text column over live records (the topics in use, for pickers). */
    protected List<String> valuesInUse(String column) {
        return db.read(c -> {
            List<String> values = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT DISTINCT trim(" + column + ") FROM " + table()
                    + " WHERE deleted = 0 AND trim(coalesce(" + column + ", '')) <> ''");
                    var rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }

    public List<T> onDay(UUID unitId, LocalDate day) {
        return query("SELECT * FROM " + table() + " WHERE deleted = 0 AND unit_id = ? AND " + dateColumn() + " = ?",
                unitId, day);
    }
}
