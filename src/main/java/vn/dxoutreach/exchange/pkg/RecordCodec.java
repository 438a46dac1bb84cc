package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonObject;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.StoredRecord;

/**
 * How one record type is written as a JSON object of a package and read back: its meta first, then
 * its own fields. Each {@link PackageKind} has one; {@link RecordCodecs} holds them.
 *
 * @param type   the record class the codec writes
 * @param fields writes the record's fields after its meta
 * @param reader builds the record from its meta and fields; a missing or malformed field throws
 *               IllegalArgumentException
 */
record RecordCodec<T extends StoredRecord>(Class<T> type, Fields<T> fields, Reader<T> reader) {

    /** Writes a record's own fields (the meta is written already). */
    interface Fields<T> {
        void write(T record, JsonObject o);
    }

    /** Reads a record from its meta and its JSON object. */
    interface Reader<T> {
        T read(RecordMeta meta, JsonObject o);
    }

    JsonObject write(StoredRecord record) {
        JsonObject o = new JsonObject();
        JsonFields.putMeta(o, record.meta());
        fields.write(type.cast(record), o);
        return o;
    }

    StoredRecord read(JsonObject o) {
        return reader.read(JsonFields.meta(o), o);
    }
}
