package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLinesTest {

    /** A letter is a point wide at size 13: widths easy to reckon. */
    private static final BodyLines.Width LETTERS = (text, size) -> text.length() * size / 13f;

    @Test
    void aNameThatFitsStaysOnOneLineAtItsSize() {
        BodyLines lines = BodyLines.fit("UBND XÃ AN HÒA", 13, 200, LETTERS);

        assertThat(lines.lines()).containsExactly("UBND XÃ AN HÒA");
        assertThat(lines.size()).isEqualTo(13f);
    }

    @Test
    void aLongNameBreaksAfterItsCommaRatherThanInsideAWordGroup() {
        // "SO VAN HOA, THE THAO VA DU" would fill the first line, leaving "LICH" alone
        BodyLines lines = BodyLines.fit("SO VAN HOA, THE THAO VA DU LICH", 13, 26, LETTERS);

        assertThat(lines.lines()).containsExactly("SO VAN HOA,", "THE THAO VA DU LICH");
        assertThat(lines.text()).isEqualTo("SO VAN HOA,\nTHE THAO VA DU LICH");
    }

    @Test
    void aLongNameBreaksBeforeItsPlaceRatherThanInsideTheBodysName() {
        // the most even lines would be "ỦY BAN NHÂN" and "DÂN TỈNH BÌNH AN"
        assertThat(BodyLines.fit("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", 13, 20, LETTERS).lines())
                .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH BÌNH AN");
        assertThat(BodyLines.fit("PHÒNG VĂN HÓA VÀ THÔNG TIN THỊ XÃ AN HÒA", 13, 30, LETTERS).lines())
                .containsExactly("PHÒNG VĂN HÓA VÀ THÔNG TIN", "THỊ XÃ AN HÒA");
    }

    @Test
    void aNameWithNoNaturalBreakIsSetUpToAPointSmallerToStayOnOneLine() {
        assertThat(BodyLines.fit("TRUNG TAM VAN HOA THE THAO", 13, 24.5f, LETTERS))
                .isEqualTo(new BodyLines(java.util.List.of("TRUNG TAM VAN HOA THE THAO"), 12f));
    }

    @Test
    void withoutACommaTheTwoLinesComeOutEven() {
        BodyLines lines = BodyLines.fit("PHONG VAN HOA VA THONG TIN HUYEN AN HOA", 13, 30, LETTERS);

        assertThat(lines.lines()).containsExactly("PHONG VAN HOA VA", "THONG TIN HUYEN AN HOA");
    }

    @Test
    void aNameThatFitsOnNoTwoLinesIsSetSmallerFirst() {
        // two lines of 16 letters need 16 points at size 13; at 12.5 they need 15.4
        BodyLines lines = BodyLines.fit("AAAAAAA BBBBBBBB CCCCCCC DDDDDDDD", 13, 15.5f, LETTERS);

        assertThat(lines.lines()).containsExactly("AAAAAAA BBBBBBBB", "CCCCCCC DDDDDDDD");
        assertThat(lines.size()).isEqualTo(12.5f);
    }

    @Test
    void theDepartmentsNameBreaksAfterTheCommaInTheRealColumnsOfThePdfAndTheDocx() {
        for (float column : new float[] {212f, 187.6f}) {
            BodyLines lines = BodyLines.fit("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", 13, column, BodyLines.serif(true));

            assertThat(lines.lines()).containsExactly("SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH");
        }
    }
}
