package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;

class FieldChecksTest {

    @Test
    void wholeNumbersAcceptVietnameseGroupingOnly() {
        assertThat(FieldChecks.parseWhole(" 12 ")).hasValue(12);
        assertThat(FieldChecks.parseWhole("1.234")).hasValue(1234);
        assertThat(FieldChecks.parseWhole("-3")).hasValue(-3);
        assertThat(FieldChecks.parseWhole("1.5")).isEmpty();
        assertThat(FieldChecks.parseWhole("12,5")).isEmpty();
        assertThat(FieldChecks.parseWhole("mười")).isEmpty();
    }

    @Test
    void aFieldKeepsItsFirstError() {
        FieldChecks checks = new FieldChecks(Messages.vietnamese(), java.time.LocalDate.of(2026, 12, 3));
        checks.required("title", "");
        checks.fail("title", "activity.error.wholeNumber");
        assertThat(checks.errors()).containsEntry("title", "Ô này không được để trống.");
    }

    @Test
    void aDayOutsideTheSaneRangeIsAnErrorOfItsField() {
        FieldChecks checks = new FieldChecks(Messages.vietnamese(), java.time.LocalDate.of(2026, 12, 3));

        assertThat(checks.date("date", "01/01/1900", true)).isEmpty();
        assertThat(checks.errors()).containsEntry("date", "Ngày phải từ 01/01/2000 đến 03/12/2027.");
    }
}
