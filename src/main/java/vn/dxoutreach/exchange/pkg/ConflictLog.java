package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.store.ExchangeStateRepository.LoggedConflict;
import vn.dxoutreach.store.Store;

/** The conflicts decided so far, with both versions readable, and the way back to the version not kept. */
public final class ConflictLog {

    /** A logged conflict with its two versions as records. */
    public record Entry(LoggedConflict logged, StoredRecord kept, StoredRecord discarded) {

        /** The kind's name, e.g. {@code BROADCAST} (see {@link MergePreview#kindLabelKey}). */
        public String kindName() {
            return logged.kind();
        }

        public Instant decidedAt() {
            return Instant.ofEpochMilli(logged.decidedAt());
        }

        public UUID peerUnit() {
            return logged.peerUnit();
        }

        /** When the version not kept was last changed. */
        public Instant discardedChangedAt() {
            return PackageKind.metaOf(discarded).updatedAt();
        }

        public Instant keptChangedAt() {
            return PackageKind.metaOf(kept).updatedAt();
        }

        /** The two versions field by field, the kept one first. */
        public List<FieldDifference> fields() {
            return FieldComparison.compare(kept, discarded);
        }
    }

    private final Store store;

    public ConflictLog(Store store) {
        this.store = store;
    }

    /** Every logged conflict, the latest first. */
    public List<Entry> entries() {
        return store.exchange.conflicts().stream().map(ConflictLog::entry).toList();
    }

    private static Entry entry(LoggedConflict logged) {
        PackageKind kind = PackageKind.valueOf(logged.kind());
        return new Entry(logged, RecordJson.read(kind, JsonParser.parseString(logged.kept()).getAsJsonObject()),
                RecordJson.read(kind, JsonParser.parseString(logged.discarded()).getAsJsonObject()));
    }

    /**
     * Writes the version the conflict did not keep as a new edit of the record (stamped after the
     * version there now), so that it also travels to the other offices; returns what was written.
     */
    public StoredRecord restore(Entry entry) {
        PackageKind kind = PackageKind.valueOf(entry.kindName());
        var repository = Repositories.of(store, kind);
        return store.db().write(c -> {
            long current = repository.find(entry.logged().recordId())
                    .map(r -> PackageKind.metaOf(r).updatedAt().toEpochMilli()).orElse(Long.MIN_VALUE);
            Instant stamp = Instant.ofEpochMilli(Math.max(store.clock().millis(), current + 1));
            StoredRecord restored = RecordJson.restamped(kind, entry.discarded(), stamp);
            repository.put(restored);
            return restored;
        });
    }
}
