package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

/** The week and month totals (V18) follow the daily totals through bulk writes, single writes and deletions. */
class PeriodTotalsTest {

    @TempDir
    Path folder;

    private static final String AMOUNTS = "SUM(records) || '/' || SUM(records_new) || '/' || SUM(minutes) || '/'"
            + " || SUM(minutes_new) || '/' || SUM(quantity) || '/' || SUM(people)";

    private static String kept(String table, String detail, String grain) {
        return "SELECT kind || " + detail + " || period_start || unit_id || ':' || " + AMOUNTS + " FROM " + table
                + " WHERE grain = '" + grain + "' GROUP BY kind, " + detail + ", period_start, unit_id"
                + " HAVING SUM(records) <> 0 ORDER BY 1";
    }

    private static String fromDays(String table, String detail, String period) {
        return "SELECT kind || " + detail + " || " + period + " || unit_id || ':' || " + AMOUNTS + " FROM " + table
                + " GROUP BY kind, " + detail + ", " + period + ", unit_id HAVING SUM(records) <> 0 ORDER BY 1";
    }

    @Test
    void weekAndMonthTotalsAreTheSumsOfTheirDaysAfterEveryKindOfWrite() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = store.units.save(new Unit(RecordMeta.fresh(UUID.randomUUID(), Instant.EPOCH), "X1", "Xã Một", 3,
                    null, null, null, List.of()));
            List<Broadcast> airings = new ArrayList<>();
            for (int i = 0; i < BulkTotals.MIN_RECORDS + 200; i++) {
                airings.add(new Broadcast(RecordMeta.fresh(unit.id(), Instant.EPOCH), LocalDate.of(2025, 12, 20)
                        .plusDays(i % 75), Slot.MORNING, "Chuyên mục " + i, i % 3 == 0 ? Production.NEW
                        : Production.RERUN, 5 + i % 7, "Chủ đề " + i % 3, ""));
            }
            store.broadcasts.putAll(airings);
            Broadcast moved = airings.get(5);
            store.broadcasts.save(new Broadcast(moved.meta(), moved.airedOn().plusDays(40), moved.slot(),
                    moved.programTitle(), Production.NEW, 90, "VNeID", "", ""));
            store.broadcasts.delete(airings.get(6).meta().id());

            String week = "date(day, '-6 days', 'weekday 1')";
            String month = "date(day, 'start of month')";
            assertThat(BulkTotalsTest.lines(store, kept("period_total", "''", "W")))
                    .isEqualTo(BulkTotalsTest.lines(store, fromDays("daily_total", "''", week))).hasSizeGreaterThan(10);
            assertThat(BulkTotalsTest.lines(store, kept("period_total", "''", "M")))
                    .isEqualTo(BulkTotalsTest.lines(store, fromDays("daily_total", "''", month))).hasSize(4);
            assertThat(BulkTotalsTest.lines(store, kept("period_detail_total", "detail", "W")))
                    .isEqualTo(BulkTotalsTest.lines(store, fromDays("daily_detail_total", "detail", week))).isNotEmpty();
            assertThat(BulkTotalsTest.lines(store, kept("period_detail_total", "detail", "M")))
                    .isEqualTo(BulkTotalsTest.lines(store, fromDays("daily_detail_total", "detail", month))).isNotEmpty();
        }
    }
}
