package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentErrorsTest {

    @TempDir
    Path temp;

    @Test
    void aBadChoiceListsTheAllowedValuesInVietnamese() {
        CliRun run = CliRun.of(temp, "import-package", "goi.dxo", "--conflicts", "banana");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("giá trị \"banana\" của --conflicts không hợp lệ")
                .contains("newer, mine, theirs").doesNotContain("enum").doesNotContain("Invalid");
    }

    @Test
    void anUnknownOptionIsNamedInVietnamese() {
        CliRun run = CliRun.of(temp, "demo", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("không có tùy chọn --bogus").contains("demo --help");
    }

    @Test
    void aMissingFileIsNamedInVietnamese() {
        CliRun run = CliRun.of(temp, "restore");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("thiếu FILE").doesNotContain("Missing");
    }

    @Test
    void aBadDateSaysHowToWriteOne() {
        CliRun run = CliRun.of(temp, "demo", "--until", "2020-13-01");

        assertThat(run.err()).contains("không phải là ngày").contains("năm-tháng-ngày");
    }
}
