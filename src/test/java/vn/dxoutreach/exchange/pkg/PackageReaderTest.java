package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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

    private String refusalOf(Path pkg) {
        try {
            new PackageReader(Integer.MAX_VALUE - 1, Files.createTempDirectory(temp, "scratch")).read(pkg);
            return null;
        } catch (PackageRefused e) {
            return e.key();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aNamedPipeIsRefusedAtOnceInsteadOfReadForEver() throws Exception {
        Path fifo = temp.resolve("pipe.dxo");
        org.junit.jupiter.api.Assumptions.assumeTrue(Forger.namedPipe(fifo));

        org.assertj.core.api.Assertions.assertThat(refusalOf(fifo)).isEqualTo("exchange.refused.notAFile");
    }

    @Test
    void aByteFlippedInALocalHeaderNameIsRefused() throws IOException {
        long local = Forger.headerOffsets(sent).get("records/broadcast.jsonl")[0];

        org.assertj.core.api.Assertions.assertThat(refusalOf(Forger.flip(sent, local + 30 + 9, temp.resolve("f.dxo"))))
                .isEqualTo("exchange.refused.tampered");
    }

    @Test
    void aByteFlippedInTheCentralDirectorysChecksumOrSizeIsRefused() throws IOException {
        long central = Forger.headerOffsets(sent).get("records/broadcast.jsonl")[1];
        for (int field : new int[] {16, 20, 24}) {
            org.assertj.core.api.Assertions.assertThat(refusalOf(Forger.flip(sent, central + field,
                    temp.resolve("f" + field + ".dxo")))).isEqualTo("exchange.refused.tampered");
        }
    }

    @Test
    void anAbsurdOrMissingSchemaVersionIsRefused() throws IOException {
        for (String version : new String[] {"2147483648", "-1", "0"}) {
            Path forged = Forger.of(sent).manifest(m -> m.add("schemaVersion",
                    com.google.gson.JsonParser.parseString(version))).write(temp.resolve("v.dxo"));
            org.assertj.core.api.Assertions.assertThat(refusalOf(forged)).isEqualTo("exchange.refused.unknownSchema");
        }
        Path missing = Forger.of(sent).manifest(m -> m.remove("schemaVersion")).write(temp.resolve("m.dxo"));
        org.assertj.core.api.Assertions.assertThat(refusalOf(missing)).isEqualTo("exchange.refused.notAPackage");
    }

    @Test
    void fractionalMinutesAreRefused() throws IOException {
        Forger forger = Forger.of(sent);
        var airing = forger.records("broadcast").get(0);
        airing.addProperty("minutes", 1.5);

        org.assertj.core.api.Assertions.assertThat(refusalOf(forger.records("broadcast", java.util.List.of(airing))
                .write(temp.resolve("m.dxo")))).isEqualTo("exchange.refused.badRecord");
    }

    @Test
    void anEntryLargerThanTheHeapIsStreamedToAFileAndVerified() throws IOException, PackageRefused {
        long size = Runtime.getRuntime().maxMemory() + 64L * 1024 * 1024;
        Forger forger = Forger.of(sent);
        var evidence = new vn.dxoutreach.domain.Evidence(vn.dxoutreach.domain.RecordMeta.fresh(
                offices.communeA.id(), offices.clock.instant()), UUID.randomUUID(),
                vn.dxoutreach.domain.ActivityKind.BROADCAST, Forger.sha256OfZeros(size), "video.mp4", "video/mp4", size);
        Path big = forger.zeros("evidence/" + evidence.sha256(), size).add("evidence", Forger.json(evidence))
                .write(temp.resolve("big.dxo"));
        Path scratch = Files.createTempDirectory(temp, "scratch");

        PackageContents contents = new PackageReader(Integer.MAX_VALUE - 1, scratch).read(big);

        org.assertj.core.api.Assertions.assertThat(Files.size(contents.evidenceFiles().get(evidence.sha256())))
                .isEqualTo(size);
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
