package vn.dxoutreach.exchange.pkg;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/**
 * What a package from a unit below (the sender S) may say about units, judged on the receiver's own
 * tree: S may create, change and delete units of its area (its descendants and the units merged into
 * it), and rename itself, but not change its own parent, level, code, validity, predecessors or
 * existence, not touch a unit outside its area, not move a unit of its area out of it, not take in a
 * unit that is not already its own (a sibling as its predecessor), and not make the tree a cycle.
 *
 * <p>A version of a unit it may not change that is no newer than the one here is an old copy, not a
 * claim (the unit above changed it since): it is left out of the merge instead of refusing the package.
 */
final class UnitAuthority {

    private final UnitTree stored;
    private final Unit sender;
    private final Set<UUID> area;
    private final Set<UUID> skipped = new HashSet<>();
    private UnitTree merged;
    private Set<UUID> mergedArea;

    private UnitAuthority(UnitTree stored, Unit sender) {
        this.stored = stored;
        this.sender = sender;
        this.area = stored.contributors(sender.id());
    }

    /** Checks a package's units from the sender below; refuses it on the first unit it may not write. */
    static UnitAuthority upward(UnitTree stored, Unit sender, List<Unit> incoming) throws PackageRefused {
        UnitAuthority authority = new UnitAuthority(stored, sender);
        authority.check(incoming);
        return authority;
    }

    /** The sender's area here now: the units whose stored records it may change. */
    Set<UUID> area() {
        return area;
    }

    /** The sender's area as it would be after the merge: the units its records may name. */
    Set<UUID> mergedArea() {
        return mergedArea;
    }

    /** The tree as it would be after the merge, for naming units the package creates. */
    UnitTree merged() {
        return merged;
    }

    /** Whether the package's version of the unit is an old copy left out of the merge. */
    boolean skips(UUID unitId) {
        return skipped.contains(unitId);
    }

    private void check(List<Unit> incoming) throws PackageRefused {
        Map<UUID, Unit> after = new LinkedHashMap<>();
        stored.all().forEach(u -> after.put(u.id(), u));
        Set<UUID> created = new HashSet<>();
        List<Unit> written = new java.util.ArrayList<>();
        for (Unit unit : incoming) {
            Optional<Unit> before = stored.get(unit.id());
            PackageRefused refusal = refusal(unit, before);
            if (refusal != null) {
                if (PackageAuthority.isOldCopy(unit.meta(), before.map(Unit::meta))) {
                    skipped.add(unit.id());
                    continue;
                }
                throw refusal;
            }
            if (before.isEmpty()) {
                created.add(unit.id());
            }
            after.put(unit.id(), unit);
            written.add(unit);
        }
        merged = new UnitTree(after.values());
        UnitGraph.requireTree(merged, sender.name());
        mergedArea = merged.contributors(sender.id());
        for (Unit unit : written) {
            if (!mergedArea.contains(unit.id())) {
                throw new PackageRefused("exchange.refused.unitMovedOut", sender.name(), unit.name(), unit.code());
            }
        }
        // name first the unit a written unit claims as its predecessor, then any other taken in with it
        List<UUID> taken = new java.util.ArrayList<>();
        written.forEach(u -> taken.addAll(u.predecessors()));
        taken.addAll(mergedArea);
        for (UUID id : taken) {
            if (mergedArea.contains(id) && !area.contains(id) && !created.contains(id)) {
                Unit claimed = stored.get(id).orElseThrow();
                throw new PackageRefused("exchange.refused.unitClaimed", sender.name(), claimed.name(), claimed.code());
            }
        }
    }

    /** Why the unit may not be written as the package has it, or null when it may. */
    private PackageRefused refusal(Unit unit, Optional<Unit> before) {
        if (unit.id().equals(sender.id())) {
            return sameStanding(unit, before.orElseThrow()) ? null
                    : new PackageRefused("exchange.refused.ownUnit", sender.name(), sender.code());
        }
        if (before.isPresent() && !area.contains(unit.id())) {
            return new PackageRefused("exchange.refused.foreignRecord", sender.name(), before.get().name(),
                    before.get().code());
        }
        return null;
    }

    /** Everything but the name, which is all a unit may change of itself. */
    private static boolean sameStanding(Unit unit, Unit before) {
        return unit.code().equals(before.code()) && unit.level() == before.level()
                && Objects.equals(unit.parentId(), before.parentId())
                && Objects.equals(unit.validFrom(), before.validFrom())
                && Objects.equals(unit.validTo(), before.validTo())
                && Set.copyOf(unit.predecessors()).equals(Set.copyOf(before.predecessors()))
                && unit.meta().deleted() == before.meta().deleted()
                && unit.meta().unitId().equals(before.meta().unitId());
    }
}
