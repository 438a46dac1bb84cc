package vn.dxoutreach.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Storage of a dated activity (broadcast, banner, team session) with the queries its table
 * and the duplicate warning need.
 */
public abstract class ActivityRepository<T> extends RecordRepository<T> {

    protected ActivityRepository(Database db, Clock clock) {
        super(db, clock);
    }

    /** The column holding the activity's date. */
    @Override
    protected abstract String dateColumn();

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
