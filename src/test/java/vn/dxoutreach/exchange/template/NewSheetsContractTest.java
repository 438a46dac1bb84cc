package vn.dxoutreach.exchange.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.ChoiceList;

/** The TinBai, SuKien and TaiLieu sheets held to the letter of the template contract other offices follow. */
class NewSheetsContractTest {

    private static String headers(String sheet) {
        return String.join(",", Template.get().sheet(sheet).templateColumns().stream().map(Column::header).toList());
    }

    @Test
    void theNewSheetsHaveTheContractsNamesAndHeadersInOrder() {
        assertThat(headers("TinBai")).isEqualTo("Ngày đăng,Mã đơn vị,Tiêu đề,Kênh,Đường dẫn,Lượt xem,Chủ đề,Ghi chú");
        assertThat(headers("SuKien")).isEqualTo("Ngày bắt đầu,Ngày kết thúc,Mã đơn vị,Tên sự kiện,Loại sự kiện,"
                + "Đơn vị tổ chức,Số người tham dự,Địa điểm,Ghi chú");
        assertThat(headers("TaiLieu")).isEqualTo("Ngày,Mã đơn vị,Loại,Tên tài liệu,Số lượng,Ghi chú");
        assertThat(headers("ChiTieu")).contains(",Chỉ tính kênh/loại");
    }

    @Test
    void theShippedTemplateOffersTheChannelsInADropDownThatOnlyWarns() throws Exception {
        try (InputStream in = Template.class.getResourceAsStream(Template.RESOURCE);
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet news = workbook.getSheet("TinBai");
            List<? extends DataValidation> validations = news.getDataValidations();

            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactlyElementsOf(ChoiceList.NEWS_CHANNEL.shipped());
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(3);
            });
            assertThat(workbook.getSheet("SuKien").getDataValidations()).hasSize(1);
            assertThat(workbook.getSheet("TaiLieu").getDataValidations()).hasSize(1);
            assertThat(workbook.getSheet("PhatThanh").getDataValidations())
                    .allSatisfy(v -> assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP));
        }
    }
}
