package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static final UUID OFFICE = UUID.randomUUID();
    private static final Plan PLAN = new Plan(RecordMeta.fresh(OFFICE, Instant.EPOCH), "182/KH-UBND", "Tuyên truyền",
            "UBND tỉnh", LocalDate.of(2022, 9, 27), LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));

    private static Target campaign(LocalDate from, LocalDate to, boolean repeats) {
        return new Target(RecordMeta.fresh(OFFICE, Instant.EPOCH), PLAN.id(), "CT04", "Băng rôn", ActivityKind.BANNER,
                TargetFilter.NONE, Measure.QUANTITY, Cadence.PERIOD, 5, Scope.EACH, 3, from, to, repeats);
    }

    @Test
    void aRepeatingWindowHasOneWindowForEachYearOfThePlan() {
        Target target = campaign(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 10, 30), true);

        assertThat(target.yearly(PLAN)).extracting(Target::windowFrom, Target::windowTo).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 10, 30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 10, 30)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 25), LocalDate.of(2025, 10, 30)));
        assertThat(target.yearly(PLAN)).noneMatch(Target::repeatsYearly);
    }

    @Test
    void aWindowThatDoesNotRepeatIsItsOnlyWindow() {
        Target target = campaign(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 10), false);

        assertThat(target.yearly(PLAN)).extracting(Target::windowFrom).containsExactly(LocalDate.of(2023, 10, 1));
        assertThat(target.windowOn(PLAN, LocalDate.of(2025, 10, 5))).isSameAs(target);
    }

    @Test
    void theWindowThatCountsOnADayIsTheYearsRunningOrLastBegun() {
        Target target = campaign(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 10), true);

        assertThat(target.windowOn(PLAN, LocalDate.of(2024, 10, 5)).windowFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(target.windowOn(PLAN, LocalDate.of(2025, 3, 1)).windowFrom()).isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(target.windowOn(PLAN, LocalDate.of(2023, 2, 1)).windowFrom()).isEqualTo(LocalDate.of(2023, 10, 1));
    }
}
