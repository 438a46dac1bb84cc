package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A node of the administrative tree (đơn vị hành chính). The tree has any depth; level 1 is
 * its top and the names of the levels are data ({@link LevelName}). A unit formed by a merger
 * lists the units merged into it as predecessors, so that their history counts for it. A unit moved
 * to another parent keeps its earlier parents with the last day under each ({@link FormerParent}):
 * its records count for the parent it had on their day.
 *
 * <p>Creating units for a reorganisation: {@link #fresh} with the predecessors' ids makes a merged
 * unit (end the predecessors with {@link #endingOn}); {@link #movedTo} moves a unit from a day.
 *
 * @param parentId     null for the top of the tree
 * @param validFrom    first day the unit exists, null when unknown
 * @param validTo      last day the unit exists, null while it still exists
 * @param predecessors ids of the units merged into this one
 * @param formerParents the parents the unit had before {@code parentId}, oldest first
 * @param type         administrative, or the kind of organisation lying under an administrative unit
 */
public record Unit(
        RecordMeta meta,
        String code,
        String name,
        int level,
        UUID parentId,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> predecessors,
        List<FormerParent> formerParents,
        UnitType type) implements StoredRecord {

    public Unit {
        Objects.requireNonNull(meta, "meta");
        type = type == null ? UnitType.ADMINISTRATIVE : type;
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        predecessors = List.copyOf(predecessors);
        formerParents = formerParents.stream().sorted(java.util.Comparator.comparing(FormerParent::until)).toList();
    }

    /** An administrative unit (hành chính). */
    public Unit(RecordMeta meta, String code, String name, int level, UUID parentId, LocalDate validFrom,
            LocalDate validTo, List<UUID> predecessors, List<FormerParent> formerParents) {
        this(meta, code, name, level, parentId, validFrom, validTo, predecessors, formerParents,
                UnitType.ADMINISTRATIVE);
    }

    /** An administrative unit that was never moved. */
    public Unit(RecordMeta meta, String code, String name, int level, UUID parentId, LocalDate validFrom,
            LocalDate validTo, List<UUID> predecessors) {
        this(meta, code, name, level, parentId, validFrom, validTo, predecessors, List.of());
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

    /** The same unit with another record meta (id, owner, times, tombstone). */
    @Override
    public Unit withMeta(RecordMeta newMeta) {
        return new Unit(newMeta, code, name, level, parentId, validFrom, validTo, predecessors, formerParents, type);
    }

    /** The same unit ending on the given day (null: still exists). */
    public Unit endingOn(LocalDate lastDay) {
        return new Unit(meta, code, name, level, parentId, validFrom, lastDay, predecessors, formerParents, type);
    }

    /** The same unit with these predecessors. */
    public Unit withPredecessors(List<UUID> ids) {
        return new Unit(meta, code, name, level, parentId, validFrom, validTo, ids, formerParents, type);
    }

    /**
     * The unit moved under {@code newParent} from {@code day}: its current parent becomes a former
     * parent until the day before. A commune stays a commune: the level is kept unless the new parent
     * is not above it, then it becomes the parent's level + 1.
     */
    public Unit movedTo(Unit newParent, LocalDate day) {
        List<FormerParent> former = new java.util.ArrayList<>(formerParents);
        if (parentId != null) {
            former.add(new FormerParent(parentId, day.minusDays(1)));
        }
        return new Unit(meta, code, name, Math.max(level, newParent.level() + 1), newParent.id(), validFrom, validTo, predecessors,
                former, type);
    }

    /** The same unit with another type. */
    public Unit withType(UnitType newType) {
        return new Unit(meta, code, name, level, parentId, validFrom, validTo, predecessors, formerParents, newType);
    }

    /** Whether the unit is a node of the administrative tree, not an organisation under one. */
    public boolean administrative() {
        return type == UnitType.ADMINISTRATIVE;
    }

    /** The day from which the unit lies under its current parent; null when it always did. */
    public LocalDate parentSince() {
        return formerParents.isEmpty() ? null : formerParents.get(formerParents.size() - 1).until().plusDays(1);
    }

    /** The parent the unit had on the day (its current one after its last move). */
    public UUID parentOn(LocalDate day) {
        for (FormerParent former : formerParents) {
            if (!day.isAfter(former.until())) {
                return former.parentId();
            }
        }
        return parentId;
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
