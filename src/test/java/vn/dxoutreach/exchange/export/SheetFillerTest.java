package vn.dxoutreach.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.exchange.template.Template;
import vn.dxoutreach.exchange.template.TemplateWorkbook;

/** A sheet never holds more than Excel can: rows go on in numbered sheets, long texts are cut. */
class SheetFillerTest {

    @Test
    void rowsBeyondTheSheetLimitGoOnInNumberedSheetsThatRepeatTheHeader() throws Exception {
        try (XSSFWorkbook base = TemplateWorkbook.create(true); SXSSFWorkbook workbook = new SXSSFWorkbook(base, 10)) {
            SheetFiller filler = new SheetFiller(workbook, Template.get().sheet(Template.BROADCASTS),
                    workbook.createCellStyle(), 3);
            for (int i = 0; i < 5; i++) {
                filler.add(Map.of("title", "Chuyên mục " + i));
            }
            assertThat(filler.continuations()).containsExactly("PhatThanh2", "PhatThanh3");
            assertThat(workbook.getSheetIndex("PhatThanh2")).isEqualTo(workbook.getSheetIndex("PhatThanh") + 1);
            assertThat(Template.get().sheetNamed("PhatThanh3")).hasValueSatisfying(
                    spec -> assertThat(spec.name()).isEqualTo(Template.BROADCASTS));
            assertThat(workbook.getSheet("PhatThanh3").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo(Template.get().sheet(Template.BROADCASTS).columns().get(0).header());
            assertThat(workbook.getSheet("PhatThanh3").getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Chuyên mục 4");
            workbook.dispose();
        }
    }

    @Test
    void aTextLongerThanACellHoldsIsCutToTheLimitEndingInAnEllipsisAndCounted() throws Exception {
        try (XSSFWorkbook base = TemplateWorkbook.create(true); SXSSFWorkbook workbook = new SXSSFWorkbook(base, 10)) {
            SheetFiller filler = new SheetFiller(workbook, Template.get().sheet(Template.BROADCASTS),
                    workbook.createCellStyle());
            filler.add(Map.of("title", "ngắn", "note", "x".repeat(40_000)));
            String cell = workbook.getSheet("PhatThanh").getRow(1).getCell(7).getStringCellValue();
            assertThat(cell).hasSize(SheetFiller.MAX_TEXT).endsWith("…");
            assertThat(filler.cutCells()).isEqualTo(1);
            assertThat(filler.cutPlaces()).containsExactly("PhatThanh!H2");
            workbook.dispose();
        }
    }
}
