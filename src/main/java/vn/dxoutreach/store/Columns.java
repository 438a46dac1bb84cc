package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.domain.RecordMeta;

/** Conversions between domain values and SQLite columns: dates as ISO text, times as epoch ms. */
final class Columns {

    /** The meta columns every record table starts with, in binding order. */
    static final String META = "id, unit_id, created_at, updated_at, deleted";

    private Columns() {
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : LocalDate.parse(text);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : UUID.fromString(text);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static RecordMeta meta(ResultSet rs) throws SQLException {
        return new RecordMeta(
                uuid(rs, "id"),
                uuid(rs, "unit_id"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getInt("deleted") != 0);
    }

    /** Binds the five meta columns from index 1; returns the next free index. */
    static int bindMeta(PreparedStatement ps, RecordMeta meta) throws SQLException {
        ps.setString(1, meta.id().toString());
        ps.setString(2, meta.unitId().toString());
        ps.setLong(3, meta.createdAt().toEpochMilli());
        ps.setLong(4, meta.updatedAt().toEpochMilli());
        ps.setInt(5, meta.deleted() ? 1 : 0);
        return 6;
    }

    static void set(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof LocalDate d) {
            ps.setString(index, d.toString());
        } else if (value instanceof UUID u) {
            ps.setString(index, u.toString());
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else if (value instanceof Boolean b) {
            ps.setInt(index, b ? 1 : 0);
        } else if (value instanceof String text) {
            // every way in (forms, imports, packages) writes through here: one text, one form
            ps.setString(index, InputRules.nfc(text));
        } else {
            ps.setObject(index, value);
        }
    }
}
