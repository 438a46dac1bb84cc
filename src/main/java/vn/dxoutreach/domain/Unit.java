package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A node of the administrative tree (đơn vị hành chính). The tree has any depth; level 1 is
 * its top and the names of the levels are data ({@link LevelName}). A unit formed by a merger
 * lists the units merged into it as predecessors, so that their history counts for it.
 *
 * @param parentId     null for the top of the tree
 * @param validFrom    first day the unit exists, null when unknown
 * @param validTo      last day the unit exists, null while it still exists
 * @param predecessors ids of the units merged into this one
 */
public record Unit(
        RecordMeta meta,
        String code,
        String name,
        int level,
        UUID parentId,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> predecessors) {

    public Unit {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        predecessors = List.copyOf(predecessors);
    }

    /**
     * A new live unit created now. A unit's record belongs to the unit itself, so that it travels
     * with its own subtree when offices exchange data.
     */
    public static Unit fresh(String code, String name, int level, UUID parentId, LocalDate validFrom,
            LocalDate validTo, List<UUID> predecessors, java.time.Instant now) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, now, now, false), code, name, level, parentId, validFrom, validTo,
                predecessors);
    }

    public UUID id() {
        return meta.id();
    }

    /** Whether the unit exists on at least one day from {@code from} to {@code to}, inclusive. */
    public boolean existsBetween(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    /** Whether the unit exists on the given day. */
    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
