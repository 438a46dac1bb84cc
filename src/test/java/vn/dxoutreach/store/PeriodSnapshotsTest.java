package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

/**
 * Whole-period totals read through the units' snapshots (V21) are those of the period tables: when
 * the snapshots are made, when they are read back, after one unit changes, after a write is rolled
 * back, and when a snapshot is damaged.
 */
class PeriodSnapshotsTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private static final Set<String> WANTED = Set.of("records", "minutes");

    @TempDir
    Path folder;

    @Test
    void bytesGiveBackEveryPeriodAndRefuseDamage() {
        PeriodSnapshot.Writer writer = new PeriodSnapshot.Writer(2);
        writer.period(20_000, new long[] {3, -7});
        writer.period(20_007, new long[] {0, 1L << 40});
        byte[] bytes = writer.bytes();
        List<String> read = new ArrayList<>();
        assertThat(PeriodSnapshot.read(bytes, 2, (day, a) -> read.add(day + ":" + a[0] + "/" + a[1]))).isTrue();
        assertThat(read).containsExactly("20000:3/-7", "20007:0/" + (1L << 40));

        assertThat(PeriodSnapshot.read(bytes, 3, (day, a) -> read.add("wrong"))).isFalse();
        assertThat(PeriodSnapshot.read(java.util.Arrays.copyOf(bytes, bytes.length - 1), 2, (d, a) -> { }))
                .isFalse();
        assertThat(PeriodSnapshot.read(new byte[] {9, 2, 0}, 2, (d, a) -> { })).isFalse();
    }

    @Test
    void snapshotsMadeAndReadBackGiveThePeriodTables() {
        try (Store store = StoreFixture.open(folder)) {
            List<Unit> units = communes(store, 3);
            for (int u = 0; u < units.size(); u++) {
                air(store, units.get(u), 40 + 10 * u, u);
            }
            for (PeriodGrain grain : PeriodGrain.values()) {
                Map<String, Long> expected = tables(store, grain);
                assertThat(read(store, grain)).isEqualTo(expected).isNotEmpty();
                assertThat(count(store, "SELECT COUNT(*) FROM period_snapshot WHERE grain = '" + grain.code() + "'"))
                        .isEqualTo(units.size());
                assertThat(read(store, grain)).as("read back from the snapshots").isEqualTo(expected);
            }
        }
    }

    @Test
    void totalsKeptBeforeTheSnapshotsExistedAreRead() throws Exception {
        // a database of the version before V21, with totals of two units and kinds
        String url = "jdbc:sqlite:" + new DataFolder(folder).database();
        java.nio.file.Files.createDirectories(folder);
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .target("20").load().migrate();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO daily_total (kind, day, unit_id, records, minutes) VALUES"
                    + " ('B', '2025-03-04', '" + first + "', 2, 30), ('B', '2025-03-12', '" + second + "', 1, 15),"
                    + " ('S', '2025-03-04', '" + second + "', 1, 0)");
        }
        try (Store store = StoreFixture.open(folder)) {
            assertThat(count(store, "SELECT COUNT(*) FROM totals_epoch")).isEqualTo(3);
            assertThat(read(store, PeriodGrain.MONTH)).isEqualTo(tables(store, PeriodGrain.MONTH))
                    .containsEntry(first + " 2025-03-01 records", 2L).containsEntry(second + " 2025-03-01 minutes", 15L);
        }
    }

    @Test
    void longDayByDayReadsGoThroughSnapshotsOfTheDays() {
        try (Store store = StoreFixture.open(folder)) {
            List<Unit> units = communes(store, 2);
            air(store, units.get(0), 35, 1);
            air(store, units.get(1), 25, 4);
            Map<String, Long> expected = dailyTable(store);
            assertThat(days(store)).isEqualTo(expected).hasSizeGreaterThan(40);
            assertThat(count(store, "SELECT COUNT(*) FROM period_snapshot WHERE grain = 'D'")).isEqualTo(2);
            assertThat(days(store)).as("read back from the snapshots").isEqualTo(expected);

            store.broadcasts.save(broadcast(units.get(0), LocalDate.of(2025, 8, 9), 33));
            assertThat(days(store)).isEqualTo(dailyTable(store)).isNotEqualTo(expected);
        }
    }

    @Test
    void onlyTheUnitThatChangedIsReadAgain() {
        try (Store store = StoreFixture.open(folder)) {
            List<Unit> units = communes(store, 3);
            for (Unit unit : units) {
                air(store, unit, 30, 1);
            }
            read(store, PeriodGrain.WEEK);
            Map<String, Long> before = epochs(store);

            store.broadcasts.save(broadcast(units.get(1), LocalDate.of(2025, 6, 10), 45));

            Map<String, Long> after = epochs(store);
            assertThat(after.get(units.get(0).id().toString())).isEqualTo(before.get(units.get(0).id().toString()));
            assertThat(after.get(units.get(1).id().toString())).isNotEqualTo(before.get(units.get(1).id().toString()));
            assertThat(read(store, PeriodGrain.WEEK)).isEqualTo(tables(store, PeriodGrain.WEEK));
            assertThat(count(store, "SELECT COUNT(*) FROM period_snapshot s JOIN totals_epoch e"
                    + " ON e.kind = s.kind AND e.unit_id = s.unit_id AND e.epoch = s.epoch WHERE s.grain = 'W'"))
                    .as("every snapshot current again").isEqualTo(3);
        }
    }

    @Test
    void aRolledBackWriteLeavesNoSnapshotOfWhatItWrote() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = communes(store, 1).get(0);
            air(store, unit, 20, 0);
            Map<String, Long> committed = read(store, PeriodGrain.MONTH);
            try {
                store.db().write(c -> {
                    store.broadcasts.save(broadcast(unit, LocalDate.of(2025, 3, 3), 60));
                    assertThat(read(store, PeriodGrain.MONTH)).isNotEqualTo(committed);
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // the write is undone
            }
            assertThat(read(store, PeriodGrain.MONTH)).isEqualTo(committed).isEqualTo(tables(store, PeriodGrain.MONTH));
        }
    }

    @Test
    void aDamagedSnapshotIsReadAgainFromThePeriodTables() {
        try (Store store = StoreFixture.open(folder)) {
            air(store, communes(store, 1).get(0), 25, 2);
            read(store, PeriodGrain.WEEK);
            store.db().write(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE period_snapshot SET data = x'01020304'");
                }
            });
            assertThat(read(store, PeriodGrain.WEEK)).isEqualTo(tables(store, PeriodGrain.WEEK)).isNotEmpty();
        }
    }

    @Test
    void keepingSnapshotsIsNoChangeOfTheData() {
        try (Store store = StoreFixture.open(folder)) {
            air(store, communes(store, 2).get(1), 25, 0);
            long changes = store.db().changeCount();
            AtomicInteger announced = new AtomicInteger();
            store.db().events().listen(change -> announced.incrementAndGet());

            read(store, PeriodGrain.WEEK);

            assertThat(count(store, "SELECT COUNT(*) FROM period_snapshot")).isPositive();
            assertThat(store.db().changeCount()).isEqualTo(changes);
            assertThat(announced).hasValue(0);
        }
    }

    /** The records and minutes of every unit's periods as read through the snapshots, by "unit day column". */
    private static Map<String, Long> read(Store store, PeriodGrain grain) {
        return amounts(store.dailySeries.readPeriodTotals(ActivityKind.BROADCAST, null, FROM, TO, WANTED, grain));
    }

    private static Map<String, Long> amounts(Map<String, DailySeries> series) {
        Map<String, Long> amounts = new TreeMap<>();
        for (String column : WANTED) {
            DailySeries s = series.get(column);
            for (UUID unit : s.units()) {
                for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
                    long amount = s.on(unit, day);
                    if (amount != 0) {
                        amounts.put(unit + " " + day + " " + column, amount);
                    }
                }
            }
        }
        return amounts;
    }

    /** The same, straight from the period tables: the periods wholly inside the range. */
    private static Map<String, Long> tables(Store store, PeriodGrain grain) {
        Map<String, Long> amounts = new TreeMap<>();
        for (String column : WANTED) {
            for (String line : BulkTotalsTest.lines(store, "SELECT unit_id || ' ' || period_start || ' " + column
                    + "', " + column + " FROM period_total WHERE kind = 'B' AND grain = '" + grain.code()
                    + "' AND " + column + " <> 0")) {
                String[] parts = line.split(",");
                LocalDate start = LocalDate.parse(parts[0].split(" ")[1]);
                if (!start.isBefore(FROM) && !grain.end(start).isAfter(TO)) {
                    amounts.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        return amounts;
    }

    /** The records and minutes of every unit's days as read day by day over the year. */
    private static Map<String, Long> days(Store store) {
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(FROM, TO)).isGreaterThan(DailySeriesRepository.SNAPSHOT_DAYS);
        return amounts(store.dailySeries.readTotals(ActivityKind.BROADCAST, null, FROM, TO, WANTED));
    }

    /** The same, straight from the daily totals. */
    private static Map<String, Long> dailyTable(Store store) {
        Map<String, Long> amounts = new TreeMap<>();
        for (String column : WANTED) {
            for (String line : BulkTotalsTest.lines(store, "SELECT unit_id || ' ' || day || ' " + column + "', "
                    + column + " FROM daily_total WHERE kind = 'B' AND " + column + " <> 0 AND day BETWEEN '"
                    + FROM + "' AND '" + TO + "'")) {
                String[] parts = line.split(",");
                amounts.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        return amounts;
    }

    private static Map<String, Long> epochs(Store store) {
        Map<String, Long> epochs = new TreeMap<>();
        for (String line : BulkTotalsTest.lines(store, "SELECT unit_id, epoch FROM totals_epoch WHERE kind = 'B'")) {
            String[] parts = line.split(",");
            epochs.put(parts[0], Long.parseLong(parts[1]));
        }
        return epochs;
    }

    private static long count(Store store, String sql) {
        return Long.parseLong(BulkTotalsTest.lines(store, sql).get(0));
    }

    private static List<Unit> communes(Store store, int count) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(StoreFixture.unit(store, "X" + i, "Xã " + i, 3, null));
        }
        return units;
    }

    private static void air(Store store, Unit unit, int count, int seed) {
        List<Broadcast> airings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            airings.add(broadcast(unit, FROM.plusDays((i * 11L + seed * 5L) % 400 - 20), 5 + (i + seed) % 9));
        }
        store.broadcasts.putAll(airings);
    }

    private static Broadcast broadcast(Unit unit, LocalDate day, int minutes) {
        return new Broadcast(RecordMeta.fresh(unit.id(), Instant.EPOCH), day, Slot.MORNING, "Chuyên mục",
                minutes % 2 == 0 ? Production.NEW : Production.RERUN, minutes, "Chủ đề", "");
    }
}
