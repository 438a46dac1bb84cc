package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Reads the numbers, flags and ids of a package exactly as written, where Gson would bend them: 1.5
 * minutes is not 1, 2^31 is not -2^31, "yes" is not false and "1-2-3-4-5" is not an id. A value out
 * of its range or of the wrong type throws IllegalArgumentException.
 */
final class StrictJson {

    /** Epoch milliseconds up to the year 9999: the times a record can carry. */
    static final long MAX_EPOCH_MILLI = 253_402_300_799_999L;

    private StrictJson() {
    }

    /** A whole number from min to max, inclusive; null or missing is refused. */
    static long integer(JsonObject o, String name, long min, long max) {
        Long value = optionalInteger(o, name, min, max);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    /** A whole number from min to max, inclusive, or null when missing or null. */
    static Long optionalInteger(JsonObject o, String name, long min, long max) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new IllegalArgumentException(name + " is not a number");
        }
        BigDecimal exact = new BigDecimal(p.getAsString());
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(name + " is not a whole number: " + exact);
        }
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(name + " out of range: " + exact);
        }
        return exact.longValueExact();
    }

    static boolean bool(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw new IllegalArgumentException(name + " is not true or false");
        }
        return p.getAsBoolean();
    }

    /** An id in its one written form (36 lower-case characters), or null when missing. */
    static UUID uuid(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        return uuid(e.getAsString());
    }

    static UUID uuid(String text) {
        UUID id = UUID.fromString(text);
        if (!id.toString().equals(text)) {
            throw new IllegalArgumentException("Not an id: " + text);
        }
        return id;
    }
}
