package vn.dxoutreach.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScopedSeriesTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    @Test
    void aPeriodsSumIsTheDaysAmountsClippedToTheSeries() {
        ScopedSeries series = new ScopedSeries(null, FROM, new long[] {3, 0, 5, 7});
        assertEquals(12, series.sum(FROM.plusDays(1), FROM.plusDays(3)));
        assertEquals(15, series.sum(FROM.minusDays(9), FROM.plusDays(9)));
        assertEquals(0, series.sum(FROM.plusDays(3), FROM.plusDays(2)));
    }

    @Test
    void sumsBeyondAnIntStayExact() {
        long big = Integer.MAX_VALUE;
        ScopedSeries series = new ScopedSeries(null, FROM, new long[] {big, big, 1, big});
        assertEquals(2 * big + 1, series.sum(FROM, FROM.plusDays(2)));
        assertEquals(big + 1, series.sum(FROM.plusDays(2), FROM.plusDays(3)));
    }

    @Test
    void aRunningSumThatPassesAnIntOnlyOnItsLastDayStaysExact() {
        ScopedSeries series = new ScopedSeries(null, FROM, new long[] {Integer.MAX_VALUE - 1, 0, 2});
        assertEquals(Integer.MAX_VALUE + 1L, series.sum(FROM, FROM.plusDays(2)));
        assertEquals(2, series.sum(FROM.plusDays(1), FROM.plusDays(2)));
    }

    @Test
    void aUnitActiveOnFewDaysSumsAlikeOnEveryPeriod() {
        long[] daily = new long[400];
        daily[0] = 4;
        daily[17] = 2;
        daily[18] = 3;
        daily[399] = 9;
        ScopedSeries series = new ScopedSeries(null, FROM, daily);
        for (int a = 0; a < daily.length; a += 7) {
            for (int b = a; b < daily.length; b += 11) {
                long expected = 0;
                for (int d = a; d <= b; d++) {
                    expected += daily[d];
                }
                assertEquals(expected, series.sum(FROM.plusDays(a), FROM.plusDays(b)), a + ".." + b);
            }
        }
        assertEquals(18, series.sum(FROM, FROM.plusDays(399)));
        assertEquals(5, series.sum(FROM.plusDays(17), FROM.plusDays(18)));
        assertEquals(0, series.sum(FROM.plusDays(1), FROM.plusDays(16)));
        assertEquals(9, series.sum(FROM.plusDays(399), FROM.plusDays(399)));
    }

    @Test
    void aSparseUnitsSumsBeyondAnIntStayExact() {
        long[] daily = new long[100];
        daily[10] = Integer.MAX_VALUE;
        daily[90] = Integer.MAX_VALUE;
        ScopedSeries series = new ScopedSeries(null, FROM, daily);
        assertEquals(2L * Integer.MAX_VALUE, series.sum(FROM, FROM.plusDays(99)));
        assertEquals(Integer.MAX_VALUE, series.sum(FROM.plusDays(11), FROM.plusDays(99)));
    }
    @Test
    void aUnitWithoutAmountsSumsToNothingAsADayByDaySeriesOfZerosDoes() {
        ScopedSeries none = ScopedSeries.none(null, FROM, 30);
        ScopedSeries zeros = new ScopedSeries(null, FROM, new long[30]);
        for (int a = -3; a < 33; a += 4) {
            for (int b = a; b < 36; b += 5) {
                assertEquals(zeros.sum(a, b), none.sum(a, b));
                assertEquals(0, none.sum(FROM.plusDays(a), FROM.plusDays(b)));
            }
        }
        assertEquals(FROM, none.from());
    }
}
