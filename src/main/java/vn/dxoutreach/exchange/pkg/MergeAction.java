package vn.dxoutreach.exchange.pkg;

/** What happens to one incoming record. */
public record MergeAction(PackageKind kind, Object incoming, Object local, Type type) {

    /** The decision for one record. */
    public enum Type {
        /** Not known here: added. */
        ADD,
        /** Changed only on the sender's side: taken. */
        UPDATE,
        /** Deleted on the sender's side, unchanged here: the tombstone is taken. */
        DELETE,
        /** Changed on both sides, the sender's version is newer: taken, ours logged. */
        CONFLICT_TAKE_INCOMING,
        /** Changed on both sides, ours is newer: kept, the sender's logged. */
        CONFLICT_KEEP_LOCAL,
        /** Already here, or older than what is here. */
        KEEP
    }
}
