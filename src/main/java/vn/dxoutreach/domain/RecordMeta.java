package vn.dxoutreach.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every stored record carries so that offices can exchange data: a stable id,
 * the unit it belongs to, creation and update times, and a tombstone flag instead of deletion.
 */
public record RecordMeta(UUID id, UUID unitId, Instant createdAt, Instant updatedAt, boolean deleted) {

    public RecordMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, live record of the given unit, created now. */
    public static RecordMeta fresh(UUID unitId, Instant now) {
        return new RecordMeta(UUID.randomUUID(), unitId, now, now, false);
    }

    public RecordMeta touched(Instant now) {
        return new RecordMeta(id, unitId, createdAt, now, deleted);
    }

    public RecordMeta withUnit(UUID newUnitId) {
        return new RecordMeta(id, newUnitId, createdAt, updatedAt, deleted);
    }

    public RecordMeta tombstoned(Instant now) {
        return new RecordMeta(id, unitId, createdAt, now, true);
    }
}
