package vn.dxoutreach.exchange.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * Copies one entry of a package to a file of its own, hashing it on the way and never holding more
 * than a buffer of it in memory (an entry may be larger than the whole heap). Stops one byte past the
 * listed size; the copy is believed only when its size, SHA-256 and zip checksum all agree with what
 * the manifest and the zip headers say.
 */
final class EntryStream {

    private static final int BUFFER = 64 * 1024;

    private EntryStream() {
    }

    /** Copies the entry to {@code target}; a disagreement deletes the copy and refuses the package. */
    static void copyVerified(InputStream in, Path target, Manifest.Entry listed, ZipConsistency.Header header)
            throws IOException, PackageRefused {
        MessageDigest digest = PackageWriter.sha256();
        CRC32 crc = new CRC32();
        long count = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while (count <= listed.size()
                    && (n = in.read(buffer, 0, (int) Math.min(BUFFER, listed.size() + 1 - count))) > 0) {
                digest.update(buffer, 0, n);
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
                count += n;
            }
        } catch (ZipException e) {
            Files.deleteIfExists(target);
            throw new PackageRefused("exchange.refused.tampered");
        }
        if (count != listed.size() || count != header.size() || crc.getValue() != header.crc()
                || !HexFormat.of().formatHex(digest.digest()).equals(listed.sha256())) {
            Files.deleteIfExists(target);
            throw new PackageRefused("exchange.refused.tampered");
        }
    }
}
