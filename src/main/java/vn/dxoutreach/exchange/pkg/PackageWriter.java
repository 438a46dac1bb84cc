package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Store;

/**
 * Writes a data package for a recipient: every record of the office's subtree changed since the last
 * package sent to it (or since a chosen day), tombstones included, with the evidence files they use.
 * A package to a unit below the office carries only the plan, its targets and report deadlines, the unit
 * tree and the slogans.
 */
public final class PackageWriter {

    /** What was written. */
    public record Summary(Path file, Map<String, Integer> counts, int evidenceFiles) {
        public int records() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Store store;
    private final String appVersion;

    public PackageWriter(Store store, String appVersion) {
        this.store = store;
        this.appVersion = appVersion;
    }

    /**
     * @param since null: everything changed since the last package to this recipient
     */
    public Summary write(Unit office, Unit recipient, LocalDate since, Path out) throws IOException {
        UnitTree tree = store.units.tree();
        boolean downward = tree.isWithin(recipient.id(), office.id()) && !recipient.id().equals(office.id());
        long after = since != null ? since.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli() - 1
                : store.exchange.lastSentUpTo(recipient.id()).orElse(-1L);
        // the office's area: its subtree and the units merged into it, whose history it now holds
        Set<UUID> subtree = tree.contributors(office.id());
        Map<PackageKind, List<StoredRecord>> records = new EnumMap<>(PackageKind.class);
        Map<UUID, Long> versions = new HashMap<>();
        long upTo = after;
        for (PackageKind kind : PackageKind.values()) {
            // activities do not go down; the reference data that flows down never goes up (the unit
            // above would refuse it), units apart: a commune may name its villages
            if (downward ? !kind.travelsDown() : kind.travelsDown() && kind != PackageKind.UNIT) {
                continue;
            }
            List<StoredRecord> chosen = new ArrayList<>();
            for (StoredRecord record : Repositories.changedSince(store, kind, after)) {
                RecordMeta meta = PackageKind.metaOf(record);
                // units travel down whole, so that a commune learns its place in the tree
                boolean inScope = subtree.contains(meta.unitId()) || (downward && kind == PackageKind.UNIT);
                if (inScope) {
                    chosen.add(record);
                    versions.put(meta.id(), meta.updatedAt().toEpochMilli());
                    upTo = Math.max(upTo, meta.updatedAt().toEpochMilli());
                }
            }
            records.put(kind, chosen);
        }
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "package", ".part");
        Map<String, Manifest.Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> files = new LinkedHashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
            for (var entry : records.entrySet()) {
                StringBuilder lines = new StringBuilder();
                for (StoredRecord record : entry.getValue()) {
                    lines.append(RecordJson.write(record)).append('\n');
                    if (record instanceof Evidence e && !e.meta().deleted()) {
                        files.add(e.sha256());
                    }
                }
                byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
                entries.put(entry.getKey().entry(), put(zip, entry.getKey().entry(), out2 -> out2.write(bytes)));
                counts.put(entry.getKey().name(), entry.getValue().size());
            }
            for (String sha : files) {
                Path file = store.evidence.pathOf(sha);
                if (Files.exists(file)) {
                    entries.put("evidence/" + sha, put(zip, "evidence/" + sha, o -> Files.copy(file, o)));
                }
            }
            Manifest manifest = new Manifest(UUID.randomUUID(), office.code(), office.name(), office.id(),
                    recipient.code(), periodFrom(records), periodTo(records), store.clock().millis(), appVersion,
                    store.db().schemaVersion(), counts, entries, store.levels.list());
            zip.putNextEntry(new ZipEntry(Manifest.FILE));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            long changesUpTo = upTo;
            store.db().write(c -> {
                store.exchange.recordSent(manifest.packageId(), recipient.id(), store.clock().millis(), changesUpTo,
                        versions.size());
                store.exchange.markSynced(versions, recipient.id());
                return null;
            });
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Summary(out, counts, (int) entries.keySet().stream().filter(n -> n.startsWith("evidence/")).count());
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Manifest.Entry put(ZipOutputStream zip, String name, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        CountingStream counting = new CountingStream(zip);
        DigestOutputStream out = new DigestOutputStream(counting, digest);
        body.writeTo(out);
        out.flush();
        zip.closeEntry();
        return new Manifest.Entry(HexFormat.of().formatHex(digest.digest()), counting.count);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate periodFrom(Map<PackageKind, List<StoredRecord>> records) {
        return activityDates(records).stream().min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate periodTo(Map<PackageKind, List<StoredRecord>> records) {
        return activityDates(records).stream().max(LocalDate::compareTo).orElse(null);
    }

    /** The days of every activity the package carries, whatever its kind. */
    private static List<LocalDate> activityDates(Map<PackageKind, List<StoredRecord>> records) {
        List<LocalDate> dates = new ArrayList<>();
        records.forEach((kind, list) -> {
            if (kind.activityKind() != null) {
                list.forEach(r -> dates.add(((ActivityRecord) r).day()));
            }
        });
        return dates;
    }

    /** Counts the bytes of an entry without closing the zip underneath. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }
}
