package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipConsistencyTest {

    @TempDir
    Path temp;

    private Path zip(String... names) throws IOException {
        Path file = temp.resolve("test.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("nội dung của " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void assertDamaged(Path file) {
        assertThatThrownBy(() -> ZipConsistency.check(file)).isInstanceOfSatisfying(PackageRefused.class,
                e -> assertThat(e.key()).isEqualTo("exchange.refused.tampered"));
    }

    @Test
    void aZipWrittenByTheApplicationAgreesWithItself() throws Exception {
        var headers = ZipConsistency.check(zip("records/unit.jsonl", "manifest.json"));

        assertThat(headers).containsOnlyKeys("records/unit.jsonl", "manifest.json");
        assertThat(headers.get("manifest.json").size())
                .isEqualTo("nội dung của manifest.json".getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aNameTwiceIsRefused() throws Exception {
        Path file = zip("records/unit.jsonl", "records/unix.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int at = raw.indexOf("records/unix"); at >= 0; at = raw.indexOf("records/unix", at + 1)) {
            bytes[at + "records/uni".length()] = 't';
        }

        assertDamaged(Files.write(file, bytes));
    }

    @Test
    void aLocalHeaderWhoseTimeDiffersFromTheCentralDirectoryIsRefused() throws Exception {
        Path file = zip("records/unit.jsonl");
        long local = Forger.headerOffsets(file).get("records/unit.jsonl")[0];

        assertDamaged(Forger.flip(file, local + 10, temp.resolve("flipped.zip")));
    }

    @Test
    void aCentralDirectoryThatDoesNotEndWhereTheEndRecordSaysIsRefused() throws Exception {
        Path file = zip("records/unit.jsonl");

        assertDamaged(Forger.flip(file, Files.size(file) - 6, temp.resolve("flipped.zip")));
    }
}
