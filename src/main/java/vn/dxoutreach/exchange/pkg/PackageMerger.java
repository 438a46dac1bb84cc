package vn.dxoutreach.exchange.pkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Receives a package: checks that the sender may send it here and that every record lies in the
 * sender's area, decides per record by its stable id (add, update, delete, conflict, keep), and
 * writes all of it in one transaction. Receiving the same package again, or older packages after
 * newer ones, changes nothing.
 */
public final class PackageMerger {

    private final Store store;

    public PackageMerger(Store store) {
        this.store = store;
    }

    /** Reads, verifies and plans the merge of a package; writes nothing. */
    public MergePreview preview(Path file, Path scratch) throws PackageRefused {
        Unit office = new Office(store).unit().orElseThrow(() -> new PackageRefused("exchange.refused.noOffice"));
        PackageContents contents = new UnitReconciler(store)
                .reconcile(new PackageReader(store.db().schemaVersion(), scratch).read(file));
        Manifest manifest = contents.manifest();
        List<Unit> incomingUnits = contents.records().getOrDefault(PackageKind.UNIT, List.of()).stream()
                .map(Unit.class::cast).toList();
        UnitTree local = store.units.tree();
        List<Unit> combined = new ArrayList<>(local.all());
        incomingUnits.stream().filter(u -> local.get(u.id()).isEmpty()).forEach(combined::add);
        UnitTree tree = new UnitTree(combined);
        Unit sender = local.get(manifest.senderId()).or(() -> local.byCode(manifest.senderCode()))
                .or(() -> tree.get(manifest.senderId()))
                .orElseThrow(() -> new PackageRefused("exchange.refused.unknownSender", manifest.senderCode()));
        // a unit's area includes the units merged into it: their offices' packages still land here
        Set<UUID> senderArea = tree.contributors(sender.id());
        boolean upward = !sender.id().equals(office.id()) && tree.contributors(office.id()).contains(sender.id());
        boolean downward = !sender.id().equals(office.id()) && senderArea.contains(office.id());
        if (!upward && !downward) {
            throw new PackageRefused("exchange.refused.outsideTree", manifest.senderCode(), office.name());
        }
        Map<String, MergePreview.Counts> counts = new LinkedHashMap<>();
        List<MergeAction> actions = new ArrayList<>();
        for (PackageKind kind : PackageKind.values()) {
            MergePreview.Counts kindCounts = new MergePreview.Counts(0, 0, 0, 0);
            for (Object incoming : contents.records().getOrDefault(kind, List.of())) {
                checkArea(kind, incoming, upward, senderArea, local, tree, sender);
                MergeAction action = decide(kind, incoming, sender.id());
                actions.add(action);
                kindCounts = kindCounts.plus(action.type());
            }
            counts.put(kind.name(), kindCounts);
        }
        return new MergePreview(manifest.senderCode(), manifest.senderName(), manifest.periodFrom(),
                manifest.periodTo(), counts, actions, contents);
    }

    /** A package from a commune may only carry records of that commune's own area. */
    private static void checkArea(PackageKind kind, Object incoming, boolean upward, Set<UUID> senderArea,
            UnitTree local, UnitTree tree, Unit sender) throws PackageRefused {
        RecordMeta meta = PackageKind.metaOf(incoming);
        if (!upward) {
            if (!kind.travelsDown()) {
                throw new PackageRefused("exchange.refused.activityFromAbove", sender.name());
            }
            return;
        }
        boolean inArea = senderArea.contains(meta.unitId());
        if (kind == PackageKind.UNIT) {
            // a unit already known here must already lie in the sender's area: no re-parenting into it
            Optional<Unit> known = local.get(meta.id());
            inArea = inArea && known.map(u -> senderArea.contains(u.id())).orElse(true);
        }
        if (!inArea) {
            // name the unit as the user knows it; an id nobody here knows is only worth its digits
            Optional<Unit> owner = tree.get(meta.unitId());
            throw owner.isPresent()
                    ? new PackageRefused("exchange.refused.foreignRecord", sender.name(), owner.get().name(),
                            owner.get().code())
                    : new PackageRefused("exchange.refused.foreignRecordUnknownUnit", sender.name(), meta.unitId());
        }
    }

    private MergeAction decide(PackageKind kind, Object incoming, UUID peer) {
        RecordMeta in = PackageKind.metaOf(incoming);
        Optional<Object> found = Repositories.of(store, kind).find(in.id());
        if (found.isEmpty()) {
            return new MergeAction(kind, incoming, null, MergeAction.Type.ADD);
        }
        Object local = found.get();
        RecordMeta here = PackageKind.metaOf(local);
        long incomingVersion = in.updatedAt().toEpochMilli();
        long localVersion = here.updatedAt().toEpochMilli();
        if (incomingVersion == localVersion) {
            return new MergeAction(kind, incoming, local, MergeAction.Type.KEEP);
        }
        OptionalLong base = store.exchange.syncedVersion(in.id(), peer);
        boolean changedThere = base.isEmpty() || incomingVersion > base.getAsLong();
        boolean changedHere = base.isEmpty() ? localVersion > incomingVersion : localVersion > base.getAsLong();
        if (!changedThere) {
            return new MergeAction(kind, incoming, local, MergeAction.Type.KEEP);
        }
        if (!changedHere) {
            boolean deletes = in.deleted() && !here.deleted();
            return new MergeAction(kind, incoming, local, deletes ? MergeAction.Type.DELETE : MergeAction.Type.UPDATE);
        }
        return new MergeAction(kind, incoming, local, MergeAction.Type.CONFLICT);
    }

    /** Writes the merge in one transaction, every conflict keeping the newer version. */
    public void apply(MergePreview preview) throws IOException {
        apply(preview, ConflictChoices.by(ConflictPolicy.NEWER));
    }

    /**
     * Writes the merge in one transaction: all of it, or (on any failure) none of it. Each conflict
     * keeps the version chosen for it; the other goes to the conflict log.
     */
    public void apply(MergePreview preview, ConflictChoices choices) throws IOException {
        Manifest manifest = preview.contents().manifest();
        for (var file : preview.contents().evidenceFiles().entrySet()) {
            // content-addressed: a file copied for a merge that then fails harms nothing
            Path target = store.evidence.pathOf(file.getKey());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(file.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        UUID peer = store.units.tree().byCode(manifest.senderCode()).map(Unit::id).orElse(manifest.senderId());
        long now = store.clock().millis();
        ConflictResolver resolver = new ConflictResolver(store, peer, now);
        store.db().write(c -> {
            Map<UUID, Long> versions = new HashMap<>();
            for (MergeAction action : preview.actions()) {
                RecordMeta in = PackageKind.metaOf(action.incoming());
                long incomingVersion = in.updatedAt().toEpochMilli();
                switch (action.type()) {
                    case ADD, UPDATE, DELETE -> {
                        Repositories.of(store, action.kind()).put(action.incoming());
                        versions.put(in.id(), incomingVersion);
                    }
                    case CONFLICT, KEEP -> {
                        if (action.isConflict()) {
                            resolver.resolve(action, choices.sideFor(action));
                        }
                        // the peer has its version, whatever we keep: only a later change of theirs is news
                        versions.put(in.id(), Math.max(incomingVersion,
                                store.exchange.syncedVersion(in.id(), peer).orElse(Long.MIN_VALUE)));
                    }
                }
            }
            store.exchange.markSynced(versions, peer);
            store.exchange.recordReceived(new ReceivedPackage(manifest.packageId(), peer, manifest.periodFrom(),
                    manifest.periodTo(), manifest.createdAt(), now, preview.actions().size()));
            return null;
        });
    }
}
