package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.StoredRecord;

/**
 * Storage of one record type in its table. Records are never removed: deletion writes a
 * tombstone so that it can travel to other offices, and can be undone.
 *
 * @param <T> the domain record
 */
public abstract class RecordRepository<T extends StoredRecord> {

    protected final Database db;
    protected final Clock clock;

    protected RecordRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The table name. */
    protected abstract String table();

    /** The column holding the record's date, for the change it announces; null when it has none. */
    protected String dateColumn() {
        return null;
    }

    /** The record's own columns, after the meta columns, in binding order. */
    protected abstract List<String> columns();

    /** The record's own values, in the order of {@link #columns()}. */
    protected abstract List<Object> values(T record);

    protected RecordMeta meta(T record) {
        return record.meta();
    }

    /** The record with another meta; every record type returns its own type from {@code withMeta}. */
    @SuppressWarnings("unchecked")
    protected T withMeta(T record, RecordMeta meta) {
        return (T) record.withMeta(meta);
    }

    /** Builds a record from the current row. */
    protected abstract T map(ResultSet rs) throws SQLException;

    /** Stores the record as it is now, stamping its update time; returns the stored record. */
    public T save(T record) {
        T stamped = withMeta(record, meta(record).touched(clock.instant()));
        put(stamped);
        return stamped;
    }

    /**
     * Stores the record exactly as given, timestamps and tombstone included (used when data
     * arrives from another office or from a backup).
     */
    public void put(T record) {
        db.write(c -> {
            upsert(c, List.of(record));
            return null;
        });
    }

    /** Stores many records exactly as given in one transaction. */
    public void putAll(List<T> records) {
        db.write(c -> {
            upsert(c, records);
            return null;
        });
    }

    private void upsert(Connection c, List<T> records) throws SQLException {
        beforeWrite(c);
        List<String> own = columns();
        String all = Columns.META + ", " + String.join(", ", own);
        String marks = "?" + ", ?".repeat(4 + own.size());
        String updates = Stream.concat(Stream.of("unit_id", "created_at", "updated_at", "deleted"), own.stream())
                .map(col -> col + " = excluded." + col)
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table() + " (" + all + ") VALUES (" + marks + ")"
                + " ON CONFLICT (id) DO UPDATE SET " + updates;
        DataKind kind = DataKind.ofTable(table());
        int dateIndex = dateColumn() == null ? -1 : own.indexOf(dateColumn());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int batched = 0;
            for (T record : records) {
                RecordMeta recordMeta = meta(record);
                int index = Columns.bindMeta(ps, recordMeta);
                List<Object> values = values(record);
                for (Object value : values) {
                    Columns.set(ps, index++, value);
                }
                db.noteChange(kind, recordMeta.unitId(),
                        dateIndex >= 0 && values.get(dateIndex) instanceof java.time.LocalDate day ? day : null);
                ps.addBatch();
                if (++batched % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        afterWrite(c, records);
    }

    /** Hook run in the transaction before the rows are written. */
    protected void beforeWrite(Connection c) throws SQLException {
    }

    /** Hook for tables with dependent rows (a unit's predecessors). */
    protected void afterWrite(Connection c, List<T> records) throws SQLException {
    }

    /** The record with this id, tombstoned or not. */
    public Optional<T> find(UUID id) {
        List<T> found = query("SELECT * FROM " + table() + " WHERE id = ?", id.toString());
        return found.stream().findFirst();
    }

    /** Marks the record deleted. */
    public void delete(UUID id) {
        setDeleted(id, true);
    }

    /** Undoes a deletion. */
    public void undelete(UUID id) {
        setDeleted(id, false);
    }

    private void setDeleted(UUID id, boolean deleted) {
        db.write(c -> {
            noteDeletion(c, id);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE " + table() + " SET deleted = ?, updated_at = ? WHERE id = ?")) {
                ps.setInt(1, deleted ? 1 : 0);
                ps.setLong(2, clock.millis());
                ps.setString(3, id.toString());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("No " + table() + " with id " + id);
                }
            }
            return null;
        });
    }

    /** Announces the unit and date of a record being deleted or brought back. */
    private void noteDeletion(Connection c, UUID id) throws SQLException {
        String date = dateColumn() == null ? "NULL" : dateColumn();
        try (PreparedStatement ps = c.prepareStatement("SELECT unit_id, " + date + " FROM " + table() + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String day = rs.getString(2);
                    db.noteChange(DataKind.ofTable(table()), UUID.fromString(rs.getString(1)),
                            day == null ? null : java.time.LocalDate.parse(day));
                }
            }
        }
    }

    /** Every live (not deleted) record. */
    public List<T> listLive() {
        return query("SELECT * FROM " + table() + " WHERE deleted = 0");
    }

    /**
     * Hands every live record to the consumer one at a time, read through a cursor, so that a
     * million rows never sit in memory together (an export). The database stays busy meanwhile.
     */
    public void forEachLive(java.util.function.Consumer<T> consumer) {
        db.read(c -> {
            try (var st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + table() + " WHERE deleted = 0")) {
                while (rs.next()) {
                    consumer.accept(map(rs));
                }
            }
            return null;
        });
    }

    /** Every record including tombstones, for exchange and export. */
    public List<T> listAll() {
        return query("SELECT * FROM " + table());
    }

    /** Every record (tombstones included) written after the given time, in epoch milliseconds. */
    public List<T> changedSince(long epochMillis) {
        return query("SELECT * FROM " + table() + " WHERE updated_at > ? ORDER BY updated_at", epochMillis);
    }

    /** Number of live records. */
    public long countLive() {
        return db.read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM " + table() + " WHERE deleted = 0")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs a SELECT over this table and maps every row. */
    protected List<T> query(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    Columns.set(ps, i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rs.next()) {
                        result.add(map(rs));
                    }
                    return result;
                }
            }
        });
    }
}
