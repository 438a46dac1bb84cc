package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/**
 * What a package may write here, record by record, judged on the receiver's own ids and tree.
 *
 * <p>From a unit below (the sender S): a record may be created, changed or deleted only when the unit
 * it belongs to here now (if it is here) lies in S's area, and so does the unit the package gives it;
 * units follow the stricter rules of {@link UnitAuthority}; evidence also needs the activity it proves
 * to lie in S's area, here and in the package; the reference data that flows down (slogans, plans,
 * targets, report deadlines) is never written from below, even S's own. A record S may not change
 * whose version is no newer than ours is an old copy and is left out; a newer one refuses the package.
 *
 * <p>From the unit above: it may change reference data and units, not activities, and the tree after
 * it must still be a tree.
 */
final class PackageAuthority {

    /** The receiver's stored version of a record. */
    interface StoredRecords {
        Optional<StoredRecord> find(PackageKind kind, UUID id);
    }

    private final Unit sender;
    private final UnitAuthority units;
    private final StoredRecords storedRecords;
    private final Map<PackageKind, Map<UUID, StoredRecord>> incoming = new EnumMap<>(PackageKind.class);

    private PackageAuthority(Unit sender, UnitAuthority units, StoredRecords storedRecords,
            PackageContents contents) {
        this.sender = sender;
        this.units = units;
        this.storedRecords = storedRecords;
        contents.records().forEach((kind, records) -> {
            Map<UUID, StoredRecord> byId = new HashMap<>();
            records.forEach(r -> byId.put(PackageKind.metaOf(r).id(), r));
            incoming.put(kind, byId);
        });
    }

    /** A package from the sender, a unit below the receiving office; refused on its units' first fault. */
    static PackageAuthority upward(UnitTree stored, Unit sender, PackageContents contents, StoredRecords storedRecords)
            throws PackageRefused {
        List<Unit> packageUnits = unitsOf(contents);
        return new PackageAuthority(sender, UnitAuthority.upward(stored, sender, packageUnits), storedRecords,
                contents);
    }

    /** A package from the unit above: no activities, and the unit tree after it without cycles. */
    static PackageAuthority downward(UnitTree stored, Unit sender, PackageContents contents) throws PackageRefused {
        for (PackageKind kind : PackageKind.values()) {
            if (!kind.travelsDown() && !contents.records().getOrDefault(kind, List.of()).isEmpty()) {
                throw new PackageRefused("exchange.refused.activityFromAbove", sender.name());
            }
        }
        Map<UUID, Unit> after = new HashMap<>();
        stored.all().forEach(u -> after.put(u.id(), u));
        unitsOf(contents).forEach(u -> after.put(u.id(), u));
        UnitGraph.requireTree(new UnitTree(after.values()), sender.name());
        return new PackageAuthority(sender, null, (kind, id) -> Optional.empty(), contents);
    }

    private static List<Unit> unitsOf(PackageContents contents) {
        return contents.records().getOrDefault(PackageKind.UNIT, List.of()).stream().map(Unit.class::cast).toList();
    }

    /**
     * Whether the record may go into the merge; false for an old copy of a record the sender may not
     * change, and for reference data from below.
     *
     * @param stored the receiver's version of the record, if it has one
     */
    boolean mayWrite(PackageKind kind, StoredRecord record, Optional<StoredRecord> stored) throws PackageRefused {
        if (units == null) {
            return true;
        }
        RecordMeta meta = PackageKind.metaOf(record);
        Optional<RecordMeta> before = stored.map(PackageKind::metaOf);
        if (kind == PackageKind.UNIT && units.skips(meta.id())) {
            return false;
        }
        PackageRefused refusal = offending(before.map(RecordMeta::unitId), meta.unitId()).map(this::foreignRecord)
                .orElse(null);
        if (refusal == null && kind == PackageKind.EVIDENCE) {
            refusal = foreignEvidence((Evidence) record);
        }
        if (refusal != null) {
            if (isOldCopy(meta, before)) {
                return false;
            }
            throw refusal;
        }
        return kind == PackageKind.UNIT || !kind.travelsDown();
    }

    /** The unit that makes a record here on {@code storedUnit}, in the package on {@code newUnit}, not the sender's. */
    private Optional<UUID> offending(Optional<UUID> storedUnit, UUID newUnit) {
        if (storedUnit.isPresent() && !units.area().contains(storedUnit.get())) {
            return storedUnit;
        }
        return units.mergedArea().contains(newUnit) ? Optional.empty() : Optional.of(newUnit);
    }

    private PackageRefused foreignRecord(UUID unitId) {
        Optional<Unit> owner = units.merged().get(unitId);
        return owner.isPresent()
                ? new PackageRefused("exchange.refused.foreignRecord", sender.name(), owner.get().name(),
                        owner.get().code())
                : new PackageRefused("exchange.refused.foreignRecordUnknownUnit", sender.name(), unitId);
    }

    /** The activity an evidence file proves must be the sender's, here and in the package. */
    private PackageRefused foreignEvidence(Evidence evidence) {
        PackageKind ownerKind = PackageKind.of(evidence.recordKind());
        Optional<RecordMeta> here = storedRecords.find(ownerKind, evidence.recordId()).map(PackageKind::metaOf);
        Optional<RecordMeta> there = Optional.ofNullable(incoming.getOrDefault(ownerKind, Map.of())
                .get(evidence.recordId())).map(PackageKind::metaOf);
        String file = String.valueOf(evidence.fileName());
        if (here.isEmpty() && there.isEmpty()) {
            return new PackageRefused("exchange.refused.evidenceWithoutRecord", sender.name(), file);
        }
        UUID newOwner = there.or(() -> here).orElseThrow().unitId();
        return offending(here.map(RecordMeta::unitId), newOwner).map(unitId -> {
            Optional<Unit> owner = units.merged().get(unitId);
            return new PackageRefused("exchange.refused.foreignEvidence", sender.name(), file,
                    owner.map(Unit::name).orElse(unitId.toString()), owner.map(Unit::code).orElse("?"));
        }).orElse(null);
    }

    /** A version no newer than the receiver's: the unit above changed the record since; not a claim. */
    static boolean isOldCopy(RecordMeta incoming, Optional<RecordMeta> stored) {
        return stored.isPresent() && !incoming.updatedAt().isAfter(stored.get().updatedAt());
    }

    Set<UUID> area() {
        return units == null ? Set.of() : units.area();
    }
}
