package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InputRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Broadcast airing(LocalDate day, String title, String note) {
        UUID id = UUID.randomUUID();
        return new Broadcast(new RecordMeta(id, id, Instant.EPOCH, Instant.EPOCH, false), day, Slot.MORNING, title,
                Production.NEW, 15, "", note);
    }

    @Test
    void decomposedVietnameseBecomesComposed() {
        String nfd = Normalizer.normalize("Tổ công nghệ số cộng đồng", Normalizer.Form.NFD);

        assertThat(InputRules.nfc(nfd)).isEqualTo("Tổ công nghệ số cộng đồng").hasSizeLessThan(nfd.length());
    }

    @Test
    void activityDaysRunFrom2000ToAYearAfterToday() {
        assertThat(InputRules.DateUse.ACTIVITY.allows(LocalDate.of(2000, 1, 1), TODAY)).isTrue();
        assertThat(InputRules.DateUse.ACTIVITY.allows(LocalDate.of(1999, 12, 31), TODAY)).isFalse();
        assertThat(InputRules.DateUse.ACTIVITY.allows(LocalDate.of(2027, 12, 3), TODAY)).isTrue();
        assertThat(InputRules.DateUse.ACTIVITY.allows(LocalDate.of(2027, 12, 4), TODAY)).isFalse();
    }

    @Test
    void notesTakeLongerTextThanTitles() {
        assertThat(InputRules.fits("programTitle", "a".repeat(501))).isFalse();
        assertThat(InputRules.fits("note", "a".repeat(4_000))).isTrue();
        assertThat(InputRules.fits("note", "a".repeat(4_001))).isFalse();
    }

    @Test
    void aRecordNamesItsFirstFieldThatBreaksTheRules() {
        assertThat(InputRules.violation(airing(LocalDate.of(2026, 10, 5), "Bản tin", ""), TODAY)).isEmpty();
        assertThat(InputRules.violation(airing(LocalDate.of(9999, 1, 1), "Bản tin", ""), TODAY)).contains("airedOn");
        assertThat(InputRules.violation(airing(LocalDate.of(2026, 10, 5), "Bản tin", "x".repeat(10_000)), TODAY))
                .contains("note");
    }
}
