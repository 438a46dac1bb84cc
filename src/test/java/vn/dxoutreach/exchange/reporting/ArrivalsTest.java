package vn.dxoutreach.exchange.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

/** A unit is current through a day from the first arrival of a package of it made on or after that day. */
class ArrivalsTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private final UUID commune = UUID.randomUUID();

    @Test
    void theFirstArrivalAmongPackagesMadeOnOrAfterTheDayCounts() {
        // made 2/7 arrived 9/7; made 31/7 arrived 3/8; made 5/8 arrived 2/8 (a clock set wrong at the commune)
        Arrivals arrivals = new Arrivals(List.of(
                sent(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 3)),
                sent(LocalDate.of(2025, 7, 2), LocalDate.of(2025, 7, 9)),
                sent(LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 2))), UTC);

        assertThat(arrivals.currentThrough(commune, LocalDate.of(2025, 6, 30))).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(arrivals.currentThrough(commune, LocalDate.of(2025, 7, 31))).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(arrivals.currentThrough(commune, LocalDate.of(2025, 8, 5))).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(arrivals.currentThrough(commune, LocalDate.of(2025, 8, 31))).isNull();
    }

    @Test
    void aUnitThatSentNothingIsCurrentThroughNoDay() {
        Arrivals arrivals = new Arrivals(List.of(sent(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 3))), UTC);

        assertThat(arrivals.currentThrough(UUID.randomUUID(), LocalDate.of(2025, 6, 30))).isNull();
    }

    @Test
    void severalPackagesMadeTheSameDayAreAllConsidered() {
        Arrivals arrivals = new Arrivals(List.of(
                sent(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 9)),
                sent(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 1)),
                sent(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 5))), UTC);

        assertThat(arrivals.currentThrough(commune, LocalDate.of(2025, 7, 31))).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    private ReceivedPackage sent(LocalDate made, LocalDate arrived) {
        return new ReceivedPackage(UUID.randomUUID(), commune, null, null, millis(made), millis(arrived), 0);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(UTC).toInstant().toEpochMilli();
    }
}
