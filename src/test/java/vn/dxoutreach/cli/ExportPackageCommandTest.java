package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** {@code export-package}: what the user mistyped is said in Vietnamese, with exit code 2. */
class ExportPackageCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void communeOffice() {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện Thử", 2, null);
            new Office(store).set(StoreFixture.unit(store, "X01", "Xã An Bình", 3, district));
        }
    }

    @Test
    void aPackageIntoAFolderThatDoesNotExistIsRefusedWithAMessage() {
        Path out = folder.resolve("no-such-folder").resolve("goi.dxo");

        CliRun run = CliRun.of(folder.resolve("data"), "export-package", "--to", "H01", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(UserError.EXIT_CODE);
        assertThat(run.err()).startsWith("Không ghi được tệp").doesNotContain("Exception");
    }

    @Test
    void aMistypedSinceDateIsNamedInVietnamese() {
        CliRun run = CliRun.of(folder.resolve("data"), "export-package", "--to", "H01", "--since", "2026-13-01",
                "--out", folder.resolve("goi.dxo").toString());

        assertThat(run.exitCode()).isEqualTo(UserError.EXIT_CODE);
        assertThat(run.err()).startsWith("Ngày \"2026-13-01\" không đúng.");
    }

    @Test
    void aSinceDateMayBeWrittenDayFirst() {
        CliRun run = CliRun.of(folder.resolve("data"), "export-package", "--to", "H01", "--since", "01/10/2026",
                "--out", folder.resolve("goi.dxo").toString());

        assertThat(run.exitCode()).isZero();
    }
}
