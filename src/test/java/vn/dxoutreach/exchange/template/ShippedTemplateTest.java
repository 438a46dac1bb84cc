package vn.dxoutreach.exchange.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The template shipped in resources/ is the one the code defines: same sheets, same headers. */
class ShippedTemplateTest {

    @Test
    void theShippedTemplateHasTheDefinedSheetsAndHeaders() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mau-nhap-lieu.xlsx");
             Workbook shipped = new XSSFWorkbook(in);
             Workbook defined = TemplateWorkbook.create(false)) {
            assertThat(headers(shipped)).isEqualTo(headers(defined));
            assertThat(shipped.getSheet("PhatThanh")).isNotNull();
            assertThat(shipped.getSheet("PhatThanh").getDataValidations()).isNotEmpty();
        }
    }

    @Test
    void theShippedGuideIsTheDefinedOneAndSpeaksOfProvinceAndCommune() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/mau-nhap-lieu.xlsx");
             Workbook shipped = new XSSFWorkbook(in);
             Workbook defined = TemplateWorkbook.create(false)) {
            String guide = Template.get().text("guide.sheet");
            List<String> texts = cells(shipped.getSheet(guide));
            assertThat(texts).isEqualTo(cells(defined.getSheet(guide)));
            assertThat(String.join(" ", texts)).containsIgnoringCase("xã").doesNotContainIgnoringCase("huyện");
        }
    }

    private static List<String> cells(Sheet sheet) {
        List<String> all = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> all.add(cell.toString())));
        return all;
    }

    private static List<String> headers(Workbook workbook) {
        List<String> all = new ArrayList<>();
        for (Sheet sheet : workbook) {
            Row header = sheet.getRow(0);
            all.add(sheet.getSheetName());
            if (header != null) {
                header.forEach(cell -> all.add(cell.toString()));
            }
        }
        return all;
    }
}
