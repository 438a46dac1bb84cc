package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a package and checks all of it before anything is believed: entry names (no absolute paths,
 * no {@code ..}), every entry listed in the manifest with its SHA-256 and size, no extra entries, a
 * size limit, and a schema this application knows. Any failure refuses the package whole.
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
            if (Files.size(file) > MAX_PACKAGE_BYTES) {
                throw new PackageRefused("exchange.refused.tooLarge");
            }
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                Manifest manifest = manifest(zip);
                checkEntries(zip, manifest);
                if (manifest.schemaVersion() > knownSchemaVersion) {
                    throw new PackageRefused("exchange.refused.newerSchema", manifest.appVersion());
                }
                Map<PackageKind, List<Object>> records = new EnumMap<>(PackageKind.class);
                Map<String, Path> evidence = new HashMap<>();
                for (var entry : manifest.entries().entrySet()) {
                    byte[] bytes = verified(zip, entry.getKey(), entry.getValue());
                    if (entry.getKey().startsWith("evidence/")) {
                        Path target = scratch.resolve(entry.getValue().sha256());
                        Files.write(target, bytes);
                        evidence.put(entry.getValue().sha256(), target);
                    } else {
                        PackageKind kind = kindOf(entry.getKey());
                        records.put(kind, parse(kind, bytes));
                    }
                }
                return new PackageContents(manifest, records, evidence);
            }
        } catch (ZipException e) {
            throw new PackageRefused("exchange.refused.notAPackage");
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.INFO, "Cannot read package " + file, e);
            throw new PackageRefused("exchange.refused.unreadable", file.toAbsolutePath());
        }
    }

    private static Manifest manifest(ZipFile zip) throws IOException, PackageRefused {
        ZipEntry entry = zip.getEntry(Manifest.FILE);
        if (entry == null) {
            throw new PackageRefused("exchange.refused.notAPackage");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
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

    private static void checkEntries(ZipFile zip, Manifest manifest) throws PackageRefused {
        int count = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            String name = e.nextElement().getName();
            count++;
            if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")
                    || name.contains("\\")) {
                throw new PackageRefused("exchange.refused.unsafeEntry", name);
            }
            if (!name.equals(Manifest.FILE) && !manifest.entries().containsKey(name)) {
                throw new PackageRefused("exchange.refused.unlistedEntry", name);
            }
        }
        if (count > manifest.entries().size() + 1) {
            throw new PackageRefused("exchange.refused.tampered");
        }
        for (String name : manifest.entries().keySet()) {
            if (!name.startsWith("evidence/") && !name.startsWith("records/")) {
                throw new PackageRefused("exchange.refused.unsafeEntry", name);
            }
        }
    }

    /** The entry's bytes, read no further than its listed size, and checked against its hash. */
    private static byte[] verified(ZipFile zip, String name, Manifest.Entry expected)
            throws IOException, PackageRefused {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || expected.size() > Integer.MAX_VALUE - 8) {
            throw new PackageRefused("exchange.refused.tampered");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) expected.size() + 1);
            MessageDigest digest = PackageWriter.sha256();
            if (bytes.length != expected.size()
                    || !HexFormat.of().formatHex(digest.digest(bytes)).equals(expected.sha256())) {
                throw new PackageRefused("exchange.refused.tampered");
            }
            return bytes;
        } catch (ZipException e) {
            throw new PackageRefused("exchange.refused.tampered");
        }
    }

    private static PackageKind kindOf(String entry) throws PackageRefused {
        for (PackageKind kind : PackageKind.values()) {
            if (kind.entry().equals(entry)) {
                return kind;
            }
        }
        throw new PackageRefused("exchange.refused.unlistedEntry", entry);
    }

    private static List<Object> parse(PackageKind kind, byte[] bytes) throws PackageRefused {
        List<Object> records = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Object record;
            try {
                record = RecordJson.read(kind, JsonParser.parseString(lines[i]).getAsJsonObject());
            } catch (RuntimeException e) {
                throw new PackageRefused("exchange.refused.badRecord", kind.entry());
            }
            records.add(InputCheck.of(record, kind.entry(), i + 1));
        }
        return records;
    }
}
