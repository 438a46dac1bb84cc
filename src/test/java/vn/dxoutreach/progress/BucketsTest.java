package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.Cadence;

class BucketsTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void weekBucketsSkipPartialWeeksAtWindowEdges() {
        // 01/10/2022 is a Saturday: the only full ISO week inside is 03/10–09/10
        List<Bucket> buckets = Buckets.of(Cadence.WEEK, d(2022, 10, 1), d(2022, 10, 10), d(2022, 10, 10));
        assertThat(buckets).containsExactly(new Bucket(0, d(2022, 10, 3), d(2022, 10, 9), BucketState.CLOSED));
    }

    @Test
    void isoWeekOneOf2026StartsOnTheLastMondayOf2025() {
        List<Bucket> buckets = Buckets.of(Cadence.WEEK, d(2025, 12, 25), d(2026, 1, 11), d(2026, 1, 1));
        assertThat(buckets).extracting(Bucket::from).containsExactly(d(2025, 12, 29), d(2026, 1, 5));
        assertThat(buckets).extracting(Bucket::to).containsExactly(d(2026, 1, 4), d(2026, 1, 11));
        assertThat(buckets.get(0).state()).isEqualTo(BucketState.OPEN);
    }

    @Test
    void monthBucketsFollowMonthsOf28To31Days() {
        List<Bucket> buckets = Buckets.of(Cadence.MONTH, d(2024, 1, 1), d(2024, 4, 30), d(2024, 5, 1));
        assertThat(buckets).extracting(Bucket::to)
                .containsExactly(d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31), d(2024, 4, 30));
        assertThat(Buckets.of(Cadence.MONTH, d(2023, 2, 1), d(2023, 2, 28), d(2023, 3, 1)))
                .extracting(Bucket::to).containsExactly(d(2023, 2, 28));
    }

    @Test
    void aWindowStartingMidMonthBeginsWithTheNextMonth() {
        assertThat(Buckets.of(Cadence.MONTH, d(2024, 1, 15), d(2024, 3, 20), d(2024, 6, 1)))
                .extracting(Bucket::from).containsExactly(d(2024, 2, 1));
    }

    @Test
    void quartersAndYearsAreCalendarPeriods() {
        assertThat(Buckets.of(Cadence.QUARTER, d(2024, 2, 1), d(2024, 12, 31), d(2025, 1, 1)))
                .extracting(Bucket::from).containsExactly(d(2024, 4, 1), d(2024, 7, 1), d(2024, 10, 1));
        assertThat(Buckets.of(Cadence.YEAR, d(2024, 1, 1), d(2025, 6, 30), d(2025, 1, 1)))
                .extracting(Bucket::to).containsExactly(d(2024, 12, 31));
    }

    @Test
    void periodIsTheWholeWindow() {
        assertThat(Buckets.of(Cadence.PERIOD, d(2024, 10, 1), d(2024, 10, 10), d(2024, 10, 5)))
                .containsExactly(new Bucket(0, d(2024, 10, 1), d(2024, 10, 10), BucketState.OPEN));
    }

    @Test
    void aWindowShorterThanAWeekHasNoWeekBucket() {
        assertThat(Buckets.of(Cadence.WEEK, d(2024, 10, 2), d(2024, 10, 6), d(2024, 10, 10))).isEmpty();
    }

    @Test
    void closedOpenAndFutureAsOfADay() {
        assertThat(Buckets.state(d(2024, 1, 1), d(2024, 1, 31), d(2024, 2, 1))).isEqualTo(BucketState.CLOSED);
        assertThat(Buckets.state(d(2024, 1, 1), d(2024, 1, 31), d(2024, 1, 31))).isEqualTo(BucketState.OPEN);
        assertThat(Buckets.state(d(2024, 1, 1), d(2024, 1, 31), d(2024, 1, 1))).isEqualTo(BucketState.OPEN);
        assertThat(Buckets.state(d(2024, 1, 1), d(2024, 1, 31), d(2023, 12, 31))).isEqualTo(BucketState.FUTURE);
    }
}
