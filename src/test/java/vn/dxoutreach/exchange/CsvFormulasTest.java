package vn.dxoutreach.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormulasTest {

    @Test
    void textThatWouldStartAFormulaIsGuardedAndComesBackUnchanged() {
        for (String text : new String[] {"=HYPERLINK(\"http://x\")", "+84 912", "-5 phút", "@SUM(A1)"}) {
            String written = CsvFormulas.guard(text);
            assertThat(written).as(text).startsWith("'");
            assertThat(CsvFormulas.unguard(written)).isEqualTo(text);
        }
    }

    @Test
    void ordinaryTextAndATypedApostropheAreLeftAlone() {
        assertThat(CsvFormulas.guard("Chuyên mục 'Chuyển đổi số'")).isEqualTo("Chuyên mục 'Chuyển đổi số'");
        assertThat(CsvFormulas.unguard("'Tổ 3")).isEqualTo("'Tổ 3");
        assertThat(CsvFormulas.unguard("'")).isEqualTo("'");
    }
}
