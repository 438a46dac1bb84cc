package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;

/**
 * Official unit codes are national: a unit another installation knows under another id is the same
 * unit when its code is the same (its name and level must agree, or the package is refused naming
 * both). Runs on a package before anything else reads its records: every id of such a unit is
 * replaced by this installation's id, and the pair is recorded as an alias so that later packages
 * carrying the other id are read the same way. A package unit that says nothing new about the unit
 * it matched is dropped; the unit here stands for it.
 */
final class UnitReconciler {

    private static final Logger LOG = Logger.getLogger(UnitReconciler.class.getName());

    private final Store store;

    UnitReconciler(Store store) {
        this.store = store;
    }

    /** The package with its unit ids turned into this installation's; aliases found are recorded. */
    PackageContents reconcile(PackageContents contents) throws PackageRefused {
        List<StoredRecord> incomingUnits = contents.records().getOrDefault(PackageKind.UNIT, List.of());
        if (incomingUnits.isEmpty()) {
            return contents;
        }
        Map<UUID, Unit> localById = new HashMap<>();
        Map<String, Unit> localByCode = new HashMap<>();
        for (Unit u : store.units.listAll()) {
            localById.put(u.id(), u);
            if (!u.meta().deleted()) {
                localByCode.put(u.code().strip(), u);
            }
        }
        Map<UUID, UUID> known = store.units.aliases();
        Map<UUID, UUID> remap = new HashMap<>();
        Map<UUID, UUID> found = new HashMap<>();
        for (StoredRecord record : incomingUnits) {
            Unit in = (Unit) record;
            if (localById.containsKey(in.id())) {
                continue;
            }
            UUID alias = known.get(in.id());
            if (alias != null && localById.containsKey(alias)) {
                remap.put(in.id(), alias);
                continue;
            }
            Unit here = localByCode.get(in.code().strip());
            if (here == null || in.meta().deleted()) {
                continue;
            }
            if (!sameName(in.name(), here.name()) || in.level() != here.level()) {
                throw new PackageRefused("exchange.refused.unitCodeClash", in.code(), in.name(), here.name());
            }
            remap.put(in.id(), here.id());
            found.put(in.id(), here.id());
        }
        if (remap.isEmpty()) {
            return contents;
        }
        Set<UUID> present = new HashSet<>(localById.keySet());
        incomingUnits.forEach(r -> present.add(remap.getOrDefault(((Unit) r).id(), ((Unit) r).id())));
        Map<PackageKind, List<StoredRecord>> records = new EnumMap<>(PackageKind.class);
        for (var entry : contents.records().entrySet()) {
            List<StoredRecord> rewritten = new ArrayList<>();
            for (StoredRecord record : entry.getValue()) {
                StoredRecord mapped = RecordJson.read(entry.getKey(), rewrite(RecordJson.write(record), remap));
                if (mapped instanceof Unit u && localById.containsKey(u.id()) && u.parentId() != null
                        && !present.contains(u.parentId())) {
                    // the package does not carry the parent (a commune sends its own area): keep ours
                    mapped = withParent(u, localById.get(u.id()).parentId());
                }
                if (!(mapped instanceof Unit u && saysNothingNew(u, localById.get(u.id())))) {
                    rewritten.add(mapped);
                }
            }
            records.put(entry.getKey(), rewritten);
        }
        found.forEach(store.units::addAlias);
        LOG.info(() -> "Package units matched by official code: " + found.size() + " new, "
                + (remap.size() - found.size()) + " by earlier alias");
        return new PackageContents(contents.manifest(), records, contents.evidenceFiles());
    }

    private static Unit withParent(Unit u, UUID parentId) {
        return new Unit(u.meta(), u.code(), u.name(), u.level(), parentId, u.validFrom(), u.validTo(), u.predecessors(),
                u.formerParents());
    }

    /** Names compared as people write them: case, spacing and Unicode composition aside. */
    static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** Whether the package's unit, already under this installation's ids, equals the unit here. */
    private static boolean saysNothingNew(Unit in, Unit here) {
        return here != null && here.code().equals(in.code()) && here.name().equals(in.name())
                && here.level() == in.level() && java.util.Objects.equals(here.parentId(), in.parentId())
                && java.util.Objects.equals(here.validFrom(), in.validFrom())
                && java.util.Objects.equals(here.validTo(), in.validTo())
                && here.meta().deleted() == in.meta().deleted()
                && new HashSet<>(here.predecessors()).equals(new HashSet<>(in.predecessors()))
                && here.formerParents().equals(in.formerParents());
    }

    /** Replaces every unit id the record names (its own id, owner, parent, predecessors, former parents). */
    private static JsonObject rewrite(JsonObject o, Map<UUID, UUID> remap) {
        for (String field : List.of("id", "unitId", "parentId")) {
            replace(o, field, remap);
        }
        if (o.has("predecessors")) {
            JsonArray mapped = new JsonArray();
            for (JsonElement e : o.getAsJsonArray("predecessors")) {
                mapped.add(mapped(e.getAsString(), remap));
            }
            o.add("predecessors", mapped);
        }
        if (o.has("formerParents")) {
            for (JsonElement e : o.getAsJsonArray("formerParents")) {
                replace(e.getAsJsonObject(), "parentId", remap);
            }
        }
        return o;
    }

    private static void replace(JsonObject o, String field, Map<UUID, UUID> remap) {
        JsonElement e = o.get(field);
        if (e != null && !e.isJsonNull()) {
            o.add(field, new JsonPrimitive(mapped(e.getAsString(), remap)));
        }
    }

    private static String mapped(String id, Map<UUID, UUID> remap) {
        return Optional.ofNullable(remap.get(UUID.fromString(id))).map(UUID::toString).orElse(id);
    }
}
