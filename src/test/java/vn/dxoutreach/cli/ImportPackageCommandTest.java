package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** {@code import-package}: a package with nothing new needs no --yes, and its arrival still counts. */
class ImportPackageCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void aDistrictAndACommuneWithTheSameUnits() throws IOException {
        try (Store store = StoreFixture.open(folder.resolve("district"))) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện Thử", 2, null);
            StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
            new Office(store).set(district);
        }
        copy(folder.resolve("district"), folder.resolve("commune"));
        try (Store store = StoreFixture.open(folder.resolve("commune"))) {
            new Office(store).set(store.units.findByCode("X01").orElseThrow());
        }
    }

    @Test
    void aPackageWithNothingNewIsRecordedAsArrivedWithoutAsking() {
        Path first = folder.resolve("lan-1.dxo");
        Path second = folder.resolve("lan-2.dxo");
        assertThat(CliRun.of(folder.resolve("commune"), "export-package", "--to", "H01", "--out", first.toString())
                .exitCode()).isZero();
        assertThat(CliRun.of(folder.resolve("commune"), "export-package", "--to", "H01", "--out", second.toString())
                .exitCode()).isZero();
        assertThat(CliRun.of(folder.resolve("district"), "import-package", first.toString(), "--yes").exitCode())
                .isZero();

        CliRun nothingNew = CliRun.of(folder.resolve("district"), "import-package", second.toString());

        assertThat(nothingNew.exitCode()).isZero();
        assertThat(nothingNew.out()).contains("Gói dữ liệu của Xã An Bình không có gì mới");
        try (Store store = StoreFixture.open(folder.resolve("district"))) {
            assertThat(store.exchange.received()).hasSize(2);
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aNamedPipeGivenAsAPackageIsRefusedAtOnceInVietnamese() throws Exception {
        Path pipe = folder.resolve("pipe.dxo");
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.dxoutreach.exchange.pkg.Forger.namedPipe(pipe));

        CliRun refused = CliRun.of(folder.resolve("district"), "import-package", pipe.toString(), "--yes");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("không phải một tệp thông thường");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
