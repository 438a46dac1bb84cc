package vn.dxoutreach.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableExportTest {

    @TempDir
    Path folder;

    @Test
    void csvKeepsDatesReadableNumbersPlainAndNeverStartsAFormula() throws Exception {
        Path file = folder.resolve("bang.csv");
        TableExport.write(file, List.of("Ngày", "Số phút", "Ghi chú"),
                List.of(List.of(LocalDate.of(2026, 10, 5), -3, "=HYPERLINK(\"http://x\";\"bấm\")")));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines.get(0)).isEqualTo("\uFEFFNgày,Số phút,Ghi chú");
        assertThat(lines.get(1)).isEqualTo("05/10/2026,-3,\"'=HYPERLINK(\"\"http://x\"\";\"\"bấm\"\")\"");
    }
}
