package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;

class LocalDateLineTest {

    private final LocalDateLine line = new LocalDateLine(Messages.vietnamese());

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(line.of("An Hòa", LocalDate.of(2024, 2, 5))).isEqualTo("An Hòa, ngày 05 tháng 02 năm 2024");
    }

    @Test
    void otherDaysAndMonthsAreWrittenAsTheyAre() {
        assertThat(line.of("An Hòa", LocalDate.of(2024, 6, 15))).isEqualTo("An Hòa, ngày 15 tháng 6 năm 2024");
    }

    @Test
    void inEnglishTheDateIsWrittenInFiguresWithTwoDigitMonths() {
        assertThat(new LocalDateLine(Messages.forLanguage("en")).of("An Hoa", LocalDate.of(2026, 7, 1)))
                .isEqualTo("An Hoa, 01/07/2026");
    }
}
