package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonObject;
import java.time.Instant;
import vn.dxoutreach.domain.StoredRecord;

/** Each record type as one JSON object per line of a package entry, and back, through its kind's {@link RecordCodec}. */
final class RecordJson {

    /** The deepest level of the unit tree a package may name. */
    static final int MAX_LEVEL = JsonFields.MAX_LEVEL;

    private RecordJson() {
    }

    static JsonObject write(StoredRecord record) {
        return PackageKind.of(record).codec().write(record);
    }

    /**
     * The same record with another update time: how a version kept by a conflict's choice, or restored
     * from the conflict log, becomes the newest edit so that it travels onward.
     */
    static StoredRecord restamped(PackageKind kind, StoredRecord record, Instant updatedAt) {
        JsonObject o = write(record);
        o.addProperty("updatedAt", updatedAt.toEpochMilli());
        return read(kind, o);
    }

    /** Reads a record of the kind; a missing or malformed field throws IllegalArgumentException. */
    static StoredRecord read(PackageKind kind, JsonObject o) {
        return kind.codec().read(o);
    }
}
