package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.time.Instant;
import java.util.UUID;
import vn.dxoutreach.store.Store;

/**
 * Writes the chosen version of a conflict and logs the other. A kept version that is the older of the
 * two is written again as a new edit (stamped after both), so that it wins wherever it travels next
 * and the offices converge on the choice instead of on the newer time.
 */
final class ConflictResolver {

    private final Store store;
    private final UUID peer;
    private final long now;

    ConflictResolver(Store store, UUID peer, long now) {
        this.store = store;
        this.peer = peer;
        this.now = now;
    }

    /** Must run inside the merge's transaction. */
    void resolve(MergeAction conflict, ConflictSide side) {
        boolean theirs = side == ConflictSide.THEIRS;
        StoredRecord kept = theirs ? conflict.incoming() : conflict.local();
        StoredRecord discarded = theirs ? conflict.local() : conflict.incoming();
        if (theirs != conflict.incomingIsNewer()) {
            kept = RecordJson.restamped(conflict.kind(), kept, Instant.ofEpochMilli(Math.max(now, newest(conflict) + 1)));
        }
        if (kept != conflict.local()) {
            Repositories.of(store, conflict.kind()).put(kept);
        }
        store.exchange.logConflict(conflict.recordId(), conflict.kindName(), peer,
                RecordJson.write(kept).toString(), RecordJson.write(discarded).toString(), now);
    }

    private static long newest(MergeAction conflict) {
        return Math.max(PackageKind.metaOf(conflict.incoming()).updatedAt().toEpochMilli(),
                PackageKind.metaOf(conflict.local()).updatedAt().toEpochMilli());
    }
}
