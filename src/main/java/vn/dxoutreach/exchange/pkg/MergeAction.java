package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.time.Instant;
import java.util.UUID;

/** What happens to one incoming record. */
public record MergeAction(PackageKind kind, StoredRecord incoming, StoredRecord local, Type type) {

    /** The decision for one record. */
    public enum Type {
        /** Not known here: added. */
        ADD,
        /** Changed only on the sender's side: taken. */
        UPDATE,
        /** Deleted on the sender's side, unchanged here: the tombstone is taken. */
        DELETE,
        /** Changed on both sides since the last exchange: one version is kept, the other logged. */
        CONFLICT,
        /** Already here, or older than what is here. */
        KEEP
    }

    /** The record's stable id. */
    public UUID recordId() {
        return PackageKind.metaOf(incoming).id();
    }

    /** The kind's name, e.g. {@code BROADCAST} (see {@link MergePreview#kindLabelKey}). */
    public String kindName() {
        return kind.name();
    }

    /** Whether the sender's version was changed later than ours (the default choice of a conflict). */
    public boolean incomingIsNewer() {
        return local == null || incomingChangedAt().isAfter(localChangedAt());
    }

    /** When the sender last changed the record. */
    public Instant incomingChangedAt() {
        return PackageKind.metaOf(incoming).updatedAt();
    }

    /** When this office last changed the record; null when it is not known here. */
    public Instant localChangedAt() {
        return local == null ? null : PackageKind.metaOf(local).updatedAt();
    }

    public boolean isConflict() {
        return type == Type.CONFLICT;
    }
}
