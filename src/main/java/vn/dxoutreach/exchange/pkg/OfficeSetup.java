package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Sets up a new installation from a package its unit above sent down: the same unit ids, the plans,
 * targets, slogans and level names, with one unit of the package's tree below the sender as the
 * office. Its later packages then merge at the unit above without refusals.
 */
public final class OfficeSetup {

    /** A downward package read for setting up, nothing written yet. */
    public record Offer(MergePreview preview, List<Unit> candidates, Optional<Unit> suggested) {

        public String senderCode() {
            return preview.senderCode();
        }

        public String senderName() {
            return preview.senderName();
        }

        /** The number of records of a kind, e.g. {@code UNIT}. */
        public int count(String kind) {
            return preview.counts().getOrDefault(kind, new MergePreview.Counts(0, 0, 0, 0)).added();
        }
    }

    private final Store store;

    public OfficeSetup(Store store) {
        this.store = store;
    }

    /**
     * Reads and checks a package: refused when this installation already has units, when the package
     * is damaged, or when it is not one sent down by a unit above (it carries activities, or names
     * no unit below its sender).
     */
    public Offer read(Path file, Path scratch) throws PackageRefused {
        if (new Office(store).unit().isPresent() || store.units.countLive() > 0) {
            throw new PackageRefused("exchange.setup.refused.alreadySetUp");
        }
        PackageContents contents = new PackageReader(store.db().schemaVersion(), scratch).read(file);
        Manifest manifest = contents.manifest();
        for (PackageKind kind : PackageKind.values()) {
            if (!kind.travelsDown() && manifest.entries().containsKey(kind.entry())) {
                throw new PackageRefused("exchange.setup.refused.notDownward", manifest.senderName());
            }
        }
        UnitTree tree = new UnitTree(contents.records().getOrDefault(PackageKind.UNIT, List.of()).stream()
                .map(Unit.class::cast).toList());
        UnitGraph.requireTree(tree, manifest.senderName());
        Unit sender = tree.get(manifest.senderId())
                .orElseThrow(() -> new PackageRefused("exchange.setup.refused.notDownward", manifest.senderName()));
        List<Unit> candidates = tree.subtree(sender.id()).stream().filter(id -> !id.equals(sender.id()))
                .map(id -> tree.get(id).orElseThrow()).filter(u -> !u.meta().deleted())
                .sorted(Comparator.comparing(Unit::level).thenComparing(Unit::code)).toList();
        if (candidates.isEmpty()) {
            throw new PackageRefused("exchange.setup.refused.notDownward", manifest.senderName());
        }
        return new Offer(allNew(contents), candidates,
                tree.byCode(manifest.recipientCode()).filter(candidates::contains));
    }

    private static MergePreview allNew(PackageContents contents) {
        Map<String, MergePreview.Counts> counts = new LinkedHashMap<>();
        List<MergeAction> actions = new ArrayList<>();
        for (PackageKind kind : PackageKind.values()) {
            List<StoredRecord> records = contents.records().getOrDefault(kind, List.of());
            records.forEach(r -> actions.add(new MergeAction(kind, r, null, MergeAction.Type.ADD)));
            counts.put(kind.name(), new MergePreview.Counts(records.size(), 0, 0, 0));
        }
        Manifest m = contents.manifest();
        return new MergePreview(m.senderCode(), m.senderName(), m.periodFrom(), m.periodTo(), counts, actions,
                contents);
    }

    /**
     * Writes the package's records as they are, its level names, and the chosen unit as this office, in
     * one transaction; refused when the unit is not one below the sender in the package.
     */
    public Unit setUp(Offer offer, String unitCode) throws PackageRefused {
        String code = unitCode == null ? "" : unitCode.strip();
        Unit office = offer.candidates().stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new PackageRefused("exchange.setup.refused.unitMissing", code, offer.senderName()));
        var levelNames = offer.preview().contents().manifest().levelNames();
        store.db().write(c -> {
            if (!levelNames.isEmpty()) {
                store.levels.replaceAll(levelNames);
            }
            try {
                new PackageMerger(store).apply(offer.preview());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new Office(store).set(office);
            return null;
        });
        return office;
    }
}
