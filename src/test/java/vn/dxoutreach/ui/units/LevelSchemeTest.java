package vn.dxoutreach.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

class LevelSchemeTest {

    private final FieldErrors errors = new FieldErrors(Messages.vietnamese());

    @Test
    void readsLevelsTopFirst() {
        assertThat(LevelScheme.read(errors, "levels", "Tỉnh / Xã /Thôn", "blank"))
                .containsExactly(new LevelName(1, "Tỉnh"), new LevelName(2, "Xã"), new LevelName(3, "Thôn"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aLevelWithoutNameIsAnError() {
        assertThat(LevelScheme.read(errors, "levels", "Tỉnh / / Thôn", "blank")).isEmpty();
        assertThat(errors.message("levels")).contains("blank");
    }

    @Test
    void formatsAsOneLine() {
        assertThat(LevelScheme.format(List.of(new LevelName(1, "Tỉnh"), new LevelName(2, "Xã"))))
                .isEqualTo("Tỉnh / Xã");
    }
}
