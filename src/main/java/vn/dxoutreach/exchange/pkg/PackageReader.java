package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.dxoutreach.domain.Evidence;

/**
 * Opens a package and checks all of it before anything is believed: a regular file of at most 2 GB,
 * zip headers that agree with each other ({@link ZipConsistency}) and with the manifest
 * ({@link PackageEntries}), a schema version this application knows, every entry unpacked to the
 * scratch folder while its size, SHA-256 and checksum are checked ({@link EntryStream}), records of
 * exact types and sane ranges ({@link RecordLines}), the manifest's counts, and evidence files that
 * the package's evidence records name by their hash. Any failure refuses the package whole.
 */
public final class PackageReader {

    /** The largest package accepted: evidence photos of a busy year fit well inside. */
    static final long MAX_PACKAGE_BYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(PackageReader.class.getName());

    private final int knownSchemaVersion;
    private final Path scratch;

    /**
     * @param knownSchemaVersion the newest schema this application knows
     * @param scratch            a temporary folder for the evidence files
     */
    public PackageReader(int knownSchemaVersion, Path scratch) {
        this.knownSchemaVersion = knownSchemaVersion;
        this.scratch = scratch;
    }

    PackageContents read(Path file) throws PackageRefused {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new PackageRefused("exchange.refused.unreadable", file.toAbsolutePath());
            }
            // a pipe or a device would be read for ever (or block until something writes to it)
            if (!attributes.isRegularFile()) {
                throw new PackageRefused("exchange.refused.notAFile", file.toAbsolutePath());
            }
            if (attributes.size() > MAX_PACKAGE_BYTES) {
                throw new PackageRefused("exchange.refused.tooLarge");
            }
            Map<String, ZipConsistency.Header> headers = ZipConsistency.check(file);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                Manifest manifest = manifest(zip);
                checkSchema(manifest);
                PackageEntries.check(headers, manifest);
                Map<PackageKind, List<StoredRecord>> records = new EnumMap<>(PackageKind.class);
                Map<String, Path> evidence = new HashMap<>();
                for (var entry : manifest.entries().entrySet()) {
                    String name = entry.getKey();
                    Path unpacked = Files.createTempFile(scratch, "entry", ".part");
                    try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                        EntryStream.copyVerified(in, unpacked, entry.getValue(), headers.get(name));
                    }
                    if (PackageEntries.isEvidence(name)) {
                        Path target = scratch.resolve(entry.getValue().sha256());
                        Files.move(unpacked, target, StandardCopyOption.REPLACE_EXISTING);
                        evidence.put(entry.getValue().sha256(), target);
                    } else {
                        PackageKind kind = PackageEntries.kindOf(name);
                        records.put(kind, RecordLines.read(kind, unpacked));
                        Files.delete(unpacked);
                    }
                }
                checkCounts(manifest, records);
                checkEvidenceFiles(manifest, records, evidence);
                return new PackageContents(manifest, records, evidence);
            }
        } catch (ZipException e) {
            throw new PackageRefused("exchange.refused.notAPackage");
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.INFO, "Cannot read package " + file, e);
            throw new PackageRefused("exchange.refused.unreadable", file.toAbsolutePath());
        }
    }

    /** A version below 1 or beyond any int was never written by this application. */
    private void checkSchema(Manifest manifest) throws PackageRefused {
        long version = manifest.schemaVersion();
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw new PackageRefused("exchange.refused.unknownSchema", version);
        }
        if (version > knownSchemaVersion) {
            throw new PackageRefused("exchange.refused.newerSchema", manifest.appVersion());
        }
    }

    private static void checkCounts(Manifest manifest, Map<PackageKind, List<StoredRecord>> records)
            throws PackageRefused {
        for (PackageKind kind : PackageKind.values()) {
            Integer listed = manifest.counts().get(kind.name());
            int found = records.getOrDefault(kind, List.of()).size();
            if (listed == null ? found > 0 : listed != found) {
                throw new PackageRefused("exchange.refused.tampered");
            }
        }
    }

    /**
     * Every evidence file of a package belongs to an evidence record in it, and every such record names
     * its file by a real hash: a file nothing uses is no part of a package of ours, and a "hash" such as
     * {@code ../../etc/passwd} would later be read as a path.
     */
    private static void checkEvidenceFiles(Manifest manifest, Map<PackageKind, List<StoredRecord>> records,
            Map<String, Path> files)
            throws PackageRefused {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (StoredRecord record : records.getOrDefault(PackageKind.EVIDENCE, List.of())) {
            Evidence evidence = (Evidence) record;
            if (!PackageEntries.isSha256(evidence.sha256())) {
                throw new PackageRefused("exchange.refused.badEvidenceHash", manifest.senderName(),
                        String.valueOf(evidence.fileName()));
            }
            used.add(evidence.sha256());
        }
        for (String sha : files.keySet()) {
            if (!used.contains(sha)) {
                throw new PackageRefused("exchange.refused.unlistedEntry", "evidence/" + sha);
            }
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException, PackageRefused {
        ZipEntry entry = zip.getEntry(Manifest.FILE);
        if (entry == null) {
            throw new PackageRefused("exchange.refused.notAPackage");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES || bytes.length != entry.getSize()) {
                throw new PackageRefused("exchange.refused.tampered");
            }
            // no hash covers the manifest itself: its zip checksum tells a manifest damaged on the way
            CRC32 crc = new CRC32();
            crc.update(bytes);
            if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                throw new PackageRefused("exchange.refused.tampered");
            }
            return Manifest.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw new PackageRefused("exchange.refused.tampered");
        } catch (IllegalArgumentException e) {
            throw new PackageRefused("exchange.refused.notAPackage");
        }
    }
}
