package vn.dxoutreach.exchange.pkg;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The package's table of contents held against its zip headers: the same names on both sides (the
 * manifest apart), every name one a package can hold ({@code records/<kind>.jsonl} or
 * {@code evidence/<its own SHA-256>}), every listed hash 64 lower-case hex digits, every listed size
 * the zip's, and all of them together within what can be unpacked.
 */
final class PackageEntries {

    /** Unpacked, a package may not fill a disk: its evidence files, at most twice the largest package. */
    static final long MAX_UNPACKED_BYTES = 2 * PackageReader.MAX_PACKAGE_BYTES;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String EVIDENCE = "evidence/";

    private PackageEntries() {
    }

    /** Whether the text is a SHA-256 as this application writes it, and so safe as a file name. */
    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    /** Whether the entry holds an evidence file. */
    static boolean isEvidence(String name) {
        return name.startsWith(EVIDENCE);
    }

    static void check(Map<String, ZipConsistency.Header> headers, Manifest manifest) throws PackageRefused {
        for (String name : headers.keySet()) {
            if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")
                    || name.contains("\\")) {
                throw new PackageRefused("exchange.refused.unsafeEntry", name);
            }
            if (!name.equals(Manifest.FILE) && !manifest.entries().containsKey(name)) {
                throw new PackageRefused("exchange.refused.unlistedEntry", name);
            }
        }
        long unpacked = 0;
        for (var listed : manifest.entries().entrySet()) {
            String name = listed.getKey();
            Manifest.Entry entry = listed.getValue();
            if (!isKnownName(name, entry)) {
                throw new PackageRefused("exchange.refused.unsafeEntry", name);
            }
            ZipConsistency.Header header = headers.get(name);
            if (header == null || header.size() != entry.size()) {
                throw new PackageRefused("exchange.refused.tampered");
            }
            unpacked += entry.size();
        }
        if (unpacked > MAX_UNPACKED_BYTES) {
            throw new PackageRefused("exchange.refused.tooLarge");
        }
    }

    private static boolean isKnownName(String name, Manifest.Entry entry) {
        if (!isSha256(entry.sha256())) {
            return false;
        }
        if (isEvidence(name)) {
            return name.equals(EVIDENCE + entry.sha256());
        }
        for (PackageKind kind : PackageKind.values()) {
            if (kind.entry().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The kind whose records the entry holds. */
    static PackageKind kindOf(String name) {
        for (PackageKind kind : PackageKind.values()) {
            if (kind.entry().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a record entry: " + name);
    }
}
