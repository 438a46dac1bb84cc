package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
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
import java.util.UUID;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Receives a package: checks that the sender may send it here and what it may write
 * ({@link PackageAuthority}), decides per record by its stable id (add, update, delete, conflict, keep), and
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
        Optional<Unit> knownById = local.get(manifest.senderId());
        Optional<Unit> knownByCode = local.byCode(manifest.senderCode());
        if (knownById.isPresent() && knownByCode.isPresent() && !knownById.equals(knownByCode)) {
            throw new PackageRefused("exchange.refused.tampered");
        }
        List<Unit> combined = new ArrayList<>(local.all());
        incomingUnits.stream().filter(u -> local.get(u.id()).isEmpty()).forEach(combined::add);
        UnitTree tree = new UnitTree(combined);
        Optional<Unit> known = knownById.or(() -> knownByCode);
        Unit sender = known.or(() -> tree.get(manifest.senderId()))
                .orElseThrow(() -> new PackageRefused("exchange.refused.unknownSender", manifest.senderCode()));
        // a unit's area includes the units merged into it: their offices' packages still land here.
        // Only a unit known here sends from below: a package cannot bring its own sender into the tree.
        boolean upward = known.isPresent() && !sender.id().equals(office.id())
                && local.contributors(office.id()).contains(sender.id());
        boolean downward = !sender.id().equals(office.id()) && tree.contributors(sender.id()).contains(office.id());
        if (!upward && !downward) {
            throw new PackageRefused("exchange.refused.outsideTree", manifest.senderCode(), office.name());
        }
        // judged on every unit here, deleted ones too: a tombstoned village keeps its place in the area
        UnitTree stored = new UnitTree(store.units.listAll());
        PackageAuthority authority = upward
                ? PackageAuthority.upward(stored, sender, contents, this::stored)
                : PackageAuthority.downward(stored, sender, contents);
        Map<String, MergePreview.Counts> counts = new LinkedHashMap<>();
        List<MergeAction> actions = new ArrayList<>();
        for (PackageKind kind : PackageKind.values()) {
            MergePreview.Counts kindCounts = new MergePreview.Counts(0, 0, 0, 0);
            for (StoredRecord incoming : contents.records().getOrDefault(kind, List.of())) {
                Optional<StoredRecord> found = stored(kind, PackageKind.metaOf(incoming).id());
                if (authority.mayWrite(kind, incoming, found)) {
                    MergeAction action = decide(kind, incoming, found, sender.id());
                    actions.add(action);
                    kindCounts = kindCounts.plus(action.type());
                }
            }
            counts.put(kind.name(), kindCounts);
        }
        return new MergePreview(manifest.senderCode(), manifest.senderName(), manifest.periodFrom(),
                manifest.periodTo(), counts, actions, contents);
    }

    private Optional<StoredRecord> stored(PackageKind kind, UUID id) {
        return Repositories.of(store, kind).find(id);
    }

    private MergeAction decide(PackageKind kind, StoredRecord incoming, Optional<StoredRecord> found, UUID peer) {
        RecordMeta in = PackageKind.metaOf(incoming);
        if (found.isEmpty()) {
            return new MergeAction(kind, incoming, null, MergeAction.Type.ADD);
        }
        StoredRecord local = found.get();
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
        List<Path> copied = copyEvidenceFiles(preview);
        try {
            write(preview, choices);
        } catch (RuntimeException | Error e) {
            // nothing of a package that was not written stays behind, its evidence files neither
            for (Path file : copied) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /**
     * Copies the evidence files the merge writes records for into the evidence folder (each once, by
     * its hash, through a temporary name so that no half file ever bears a hash); returns the new ones.
     */
    private List<Path> copyEvidenceFiles(MergePreview preview) throws IOException {
        List<Path> copied = new ArrayList<>();
        try {
            for (MergeAction action : preview.actions()) {
                if (action.kind() != PackageKind.EVIDENCE) {
                    continue;
                }
                String sha = ((Evidence) action.incoming()).sha256();
                Path source = preview.contents().evidenceFiles().get(sha);
                Path target = store.evidence.pathOf(sha);
                if (source == null || Files.exists(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), "incoming", ".tmp");
                try {
                    Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
                copied.add(target);
            }
        } catch (IOException | RuntimeException e) {
            for (Path file : copied) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        return copied;
    }

    private void write(MergePreview preview, ConflictChoices choices) {
        Manifest manifest = preview.contents().manifest();
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
