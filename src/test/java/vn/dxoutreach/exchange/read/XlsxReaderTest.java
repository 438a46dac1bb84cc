package vn.dxoutreach.exchange.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.exchange.Progress;

/** Reading xlsx sheets: formula cells, and the empty rows a formatted column leaves behind. */
class XlsxReaderTest {

    @TempDir
    Path folder;

    private Path save(Workbook workbook, String name) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    private static Sheet withHeader(Workbook workbook) {
        Sheet sheet = workbook.createSheet("PhatThanh");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Mã đơn vị");
        header.createCell(1).setCellValue("Thời lượng (phút)");
        return sheet;
    }

    /** A workbook whose one data row has X01 and the formula. */
    private static XSSFWorkbook withFormula(String formula) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = withHeader(workbook).createRow(1);
        row.createCell(0).setCellValue("X01");
        row.createCell(1).setCellFormula(formula);
        return workbook;
    }

    @Test
    void aFormulaCellReadsAsTheValueSavedWithTheFile() throws Exception {
        XSSFWorkbook workbook = withFormula("10+5");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Path file = save(workbook, "formula.xlsx");

        List<RawSheet> sheets = XlsxReader.read(file, name -> true, Progress.NONE);

        assertThat(sheets.get(0).rows()).singleElement()
                .satisfies(r -> assertThat(r.cells()).containsExactly("X01", "15"));
    }

    @Test
    void aFormulaSavedWithoutItsValueRefusesTheFileNamingTheCell() throws Exception {
        Path file = save(withFormula("WEBSERVICE(\"http://example.invalid\")"), "uncalculated.xlsx");

        assertThatThrownBy(() -> XlsxReader.read(file, name -> true, Progress.NONE))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.key()).isEqualTo("data.file.uncalculatedFormula");
                    assertThat(e.args()).containsExactly("uncalculated.xlsx", "PhatThanh", "B2");
                });
    }

    @Test
    void aMillionEmptyFormattedRowsAreSkipped() throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        workbook.setCompressTempFiles(true);
        CellStyle yellow = workbook.createCellStyle();
        yellow.setFillForegroundColor((short) 13);
        Sheet sheet = withHeader(workbook);
        Row data = sheet.createRow(1);
        data.createCell(0).setCellValue("X01");
        data.createCell(1).setCellValue(15);
        for (int r = 2; r < 1_000_002; r++) {
            Row empty = sheet.createRow(r);
            empty.createCell(0).setCellStyle(yellow);
            empty.createCell(1).setCellValue("");
        }
        Row last = sheet.createRow(1_000_002);
        last.createCell(0).setCellValue("X02");
        last.createCell(1).setCellValue(20);
        Path file = save(workbook, "million.xlsx");
        workbook.dispose();

        List<RawSheet> sheets = XlsxReader.read(file, name -> true, Progress.NONE);

        assertThat(sheets.get(0).rows()).extracting(RawRow::number).containsExactly(2, 1_000_003);
    }
}
