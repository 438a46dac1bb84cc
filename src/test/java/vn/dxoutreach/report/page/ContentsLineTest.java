package vn.dxoutreach.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class ContentsLineTest {

    private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 12);

    @Test
    void aShortEntryTakesOneLineAndALongOneWrapsBeforeThePageNumber() {
        ContentsLine line = new ContentsLine("Xã An Phú", "3", FONT, 18);
        ContentsLine wrapped = new ContentsLine("Chỉ tiêu CT01: " + "phát thanh chuyên mục chuyển đổi số ".repeat(4),
                "12", FONT, 0);

        assertThat(line.height(400)).isEqualTo(Measure.lineHeight(FONT) + 3);
        assertThat(wrapped.height(300)).isGreaterThan(2 * Measure.lineHeight(FONT));
    }

    @Test
    void theNumberDoesNotChangeTheHeightSoASecondLayoutKeepsThePages() {
        String entry = "Chỉ tiêu CT02: Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID";

        assertThat(new ContentsLine(entry, "", FONT, 0).height(300))
                .isEqualTo(new ContentsLine(entry, "128", FONT, 0).height(300));
    }
}
