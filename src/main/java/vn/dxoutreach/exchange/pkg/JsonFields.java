package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;

/** The typed fields of a record's JSON object, written and read strictly (see {@link StrictJson}). */
final class JsonFields {

    /** The deepest level of the unit tree a package may name. */
    static final int MAX_LEVEL = 99;

    private JsonFields() {
    }

    static void putMeta(JsonObject o, RecordMeta meta) {
        o.addProperty("id", meta.id().toString());
        o.addProperty("unitId", meta.unitId().toString());
        o.addProperty("createdAt", meta.createdAt().toEpochMilli());
        o.addProperty("updatedAt", meta.updatedAt().toEpochMilli());
        o.addProperty("deleted", meta.deleted());
    }

    static RecordMeta meta(JsonObject o) {
        return new RecordMeta(uuid(o, "id"), uuid(o, "unitId"), time(o, "createdAt"), time(o, "updatedAt"),
                StrictJson.bool(o, "deleted"));
    }

    /** A value as JSON: null, a number, an enum by its name, anything else as its text. */
    static void put(JsonObject o, String name, Object value) {
        if (value == null) {
            o.add(name, JsonNull.INSTANCE);
        } else if (value instanceof Number n) {
            o.addProperty(name, n);
        } else if (value instanceof Boolean b) {
            o.addProperty(name, b);
        } else if (value instanceof Enum<?> e) {
            o.addProperty(name, e.name());
        } else {
            o.addProperty(name, value.toString());
        }
    }

    static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    static UUID uuid(JsonObject o, String name) {
        return StrictJson.uuid(o, name);
    }

    static Instant time(JsonObject o, String name) {
        return Instant.ofEpochMilli(StrictJson.integer(o, name, 0, StrictJson.MAX_EPOCH_MILLI));
    }

    /** A whole number from {@code min} up. */
    static int atLeast(JsonObject o, String name, int min) {
        return (int) StrictJson.integer(o, name, min, Integer.MAX_VALUE);
    }

    static int count(JsonObject o, String name) {
        return atLeast(o, name, 0);
    }

    static Integer optionalCount(JsonObject o, String name) {
        Long value = StrictJson.optionalInteger(o, name, 0, Integer.MAX_VALUE);
        return value == null ? null : value.intValue();
    }

    static LocalDate date(JsonObject o, String name) {
        String t = text(o, name);
        return t == null ? null : LocalDate.parse(t);
    }

    static Integer level(JsonObject o, String name) {
        Long level = StrictJson.optionalInteger(o, name, 1, MAX_LEVEL);
        return level == null ? null : level.intValue();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
