package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertThatThrownBy(() -> StrictJson.integer(json("{\"minutes\":1.5}"), "minutes", 1, 600))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberBeyondIntIsNotWrappedToANegativeOne() {
        assertThatThrownBy(() -> StrictJson.integer(json("{\"v\":2147483648}"), "v", 1, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberInTextIsNotANumber() {
        assertThatThrownBy(() -> StrictJson.integer(json("{\"v\":\"15\"}"), "v", 1, 600))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWholeNumberWrittenWithAnExponentOrTrailingZerosIsTaken() {
        assertThat(StrictJson.integer(json("{\"v\":1.50e1}"), "v", 1, 600)).isEqualTo(15);
        assertThat(StrictJson.integer(json("{\"v\":0.0}"), "v", 0, 600)).isZero();
    }

    @Test
    void aMissingRequiredNumberIsRefusedAndAnOptionalOneIsNull() {
        assertThatThrownBy(() -> StrictJson.integer(json("{}"), "v", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(StrictJson.optionalInteger(json("{\"v\":null}"), "v", 0, 1)).isNull();
    }

    @Test
    void aFlagMustBeTrueOrFalseItself() {
        assertThatThrownBy(() -> StrictJson.bool(json("{\"deleted\":\"false\"}"), "deleted"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StrictJson.bool(json("{\"deleted\":true}"), "deleted")).isTrue();
    }

    @Test
    void anIdIsTakenOnlyInItsWrittenForm() {
        assertThatThrownBy(() -> StrictJson.uuid("1-2-3-4-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrictJson.uuid("0A0B0C0D-0000-0000-0000-000000000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StrictJson.uuid("0a0b0c0d-0000-0000-0000-000000000000")).isNotNull();
    }
}
