package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package of X01 damaged on its way to the district. */
class PackageReaderTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Path sent;

    @BeforeEach
    void aPackageSentUp() throws IOException {
        offices = new TwoOffices(temp);
        offices.airing(offices.commune, offices.communeA, "2024-10-02");
        sent = offices.send(offices.commune, offices.communeA, offices.districtUnit);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void aDamagedByteInTheManifestIsRefusedAsDamaged() throws IOException {
        Path damaged = withStoredManifest(sent);
        byte[] bytes = Files.readAllBytes(damaged);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = raw.indexOf("\"recipient\":\"H01\"") + "\"recipient\":\"H0".length();
        bytes[at] = '2';
        Files.write(damaged, bytes);

        assertThatThrownBy(() -> new PackageReader(Integer.MAX_VALUE, temp).read(damaged))
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.key()).isEqualTo("exchange.refused.tampered"));
    }

    /** The same package with its manifest stored uncompressed, so that a byte of it can be changed in place. */
    private Path withStoredManifest(Path pkg) throws IOException {
        Path out = temp.resolve("stored.dxo");
        try (ZipFile in = new ZipFile(pkg.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] data;
                try (InputStream stream = in.getInputStream(entry)) {
                    data = stream.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getName().equals(Manifest.FILE)) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(data);
            }
        }
        return out;
    }
}
