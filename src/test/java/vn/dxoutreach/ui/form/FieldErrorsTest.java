package vn.dxoutreach.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;

class FieldErrorsTest {

    private final FieldErrors errors = new FieldErrors(Messages.vietnamese());

    @Test
    void blankRequiredTextIsReportedInVietnamese() {
        assertThat(errors.required("name", "   ")).isEmpty();
        assertThat(errors.message("name")).contains("Không được để trống.");
    }

    @Test
    void dateMustBeARealDayWrittenDayFirst() {
        assertThat(errors.date("from", "01/10/2025", true)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(errors.date("to", "31/02/2025", true)).isNull();
        assertThat(errors.fields()).containsExactly("to");
    }

    @Test
    void blankOptionalDateIsNoError() {
        assertThat(errors.date("from", "", false)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void endBeforeStartIsReportedOnTheEnd() {
        errors.order("to", LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 1));
        assertThat(errors.fields()).containsExactly("to");
    }

    @Test
    void negativeOrNonNumericValuesAreRefused() {
        assertThat(errors.nonNegative("a", "-1")).isEmpty();
        assertThat(errors.nonNegative("b", "abc")).isEmpty();
        assertThat(errors.nonNegative("c", "1.000")).hasValue(1000);
        assertThat(errors.fields()).containsExactly("a", "b");
    }

    @Test
    void theFirstMessageOfAFieldIsKept() {
        errors.add("code", "first").add("code", "second");
        assertThat(errors.message("code")).contains("first");
    }
}
