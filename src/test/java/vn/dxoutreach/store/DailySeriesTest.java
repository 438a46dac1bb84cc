package vn.dxoutreach.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DailySeriesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 10);
    private static final UUID UNIT = UUID.fromString("8f0c2a9e-0000-4000-8000-000000000001");

    private static DailySeries series(long... byDay) {
        DailySeries.Builder builder = new DailySeries.Builder(FROM, TO, 1);
        int unit = builder.unit(UNIT.toString());
        for (int day = 0; day < byDay.length; day++) {
            builder.row(unit, day);
            builder.amount(0, byDay[day]);
        }
        List<DailySeries> built = builder.build();
        return built.get(0);
    }

    @Test
    void amountsBeyondAnIntAreKeptExactly() {
        long big = 3_000_000_000L;
        DailySeries series = series(5, big, 0, -big);
        assertEquals(5, series.on(UNIT, FROM));
        assertEquals(big, series.on(UNIT, FROM.plusDays(1)));
        assertEquals(-big, series.on(UNIT, FROM.plusDays(3)));
        assertEquals(3, series.amounts(), "zeros are left out");
    }

    @Test
    void daysPutIntoASeriesOfSmallAmountsMayBeLarge() {
        DailySeries small = series(1, 2, 3, 4);
        DailySeries large = series(0, 0, 4_000_000_000L, 0);
        DailySeries merged = small.with(FROM.plusDays(2), FROM.plusDays(2), large);
        assertEquals(1, merged.on(UNIT, FROM));
        assertEquals(4_000_000_000L, merged.on(UNIT, FROM.plusDays(2)));
        assertEquals(4, merged.on(UNIT, FROM.plusDays(3)));
        long[] daily = new long[merged.days()];
        merged.addTo(UNIT, daily);
        assertEquals(1 + 2 + 4_000_000_000L + 4, java.util.Arrays.stream(daily).sum());
    }

    @Test
    void aRowMadeForRoomInAdvanceReadsAsAnyOther() {
        DailySeries.Builder builder = new DailySeries.Builder(FROM, TO, 2);
        builder.expect(5_000);
        int unit = builder.unit(UNIT.toString());
        for (int i = 0; i < 3_000; i++) {
            builder.row(unit, i % 10);
            builder.amount(0, 1);
            builder.amount(1, 2);
        }
        List<DailySeries> built = builder.build();
        assertEquals(300, built.get(0).on(UNIT, FROM.plusDays(4)));
        assertEquals(600, built.get(1).on(UNIT, FROM.plusDays(9)));
    }
}
