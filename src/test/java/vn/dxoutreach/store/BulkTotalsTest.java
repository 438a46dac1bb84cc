package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A bulk write keeps the per-day totals exactly as the per-row triggers would, and puts the triggers back. */
class BulkTotalsTest {

    @TempDir
    Path folder;

    private static final String KEPT = "SELECT kind || detail || day || unit_id || ':' || records || '/' || records_new"
            + " || '/' || minutes || '/' || minutes_new FROM daily_detail_total WHERE records <> 0 ORDER BY 1";
    private static final String RAW = "SELECT 'B' || topic || aired_on || unit_id || ':' || COUNT(*) || '/'"
            + " || SUM(production = 'NEW') || '/' || SUM(minutes) || '/' || SUM(CASE WHEN production = 'NEW' THEN minutes"
            + " ELSE 0 END) FROM broadcast WHERE deleted = 0 GROUP BY unit_id, aired_on, topic ORDER BY 1";
    private static final String DAILY = "SELECT SUM(records), SUM(minutes) FROM daily_total WHERE kind = 'B'";

    /** The rows of a query, the first column (and a second after a comma). */
    static List<String> lines(Store store, String sql) {
        return store.db().read(c -> {
            List<String> lines = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(1) + (rs.getMetaData().getColumnCount() > 1 ? "," + rs.getString(2) : ""));
                }
            }
            return lines;
        });
    }

    private static List<Broadcast> airings(Unit unit, int count, String topic) {
        List<Broadcast> airings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            airings.add(new Broadcast(RecordMeta.fresh(unit.id(), Instant.EPOCH), LocalDate.of(2026, 1, 1).plusDays(i % 40),
                    Slot.MORNING, "Chuyên mục " + i, i % 3 == 0 ? Production.NEW : Production.RERUN, 5 + i % 7,
                    topic + (i % 4), ""));
        }
        return airings;
    }

    @Test
    void aBulkWriteOfNewAndChangedRecordsLeavesTheTotalsTheTriggersWouldHaveKept() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = store.units.save(new Unit(RecordMeta.fresh(UUID.randomUUID(), Instant.EPOCH), "X1", "Xã Một", 3,
                    null, null, null, List.of()));
            List<Broadcast> first = airings(unit, BulkTotals.MIN_RECORDS, "Chủ đề ");
            store.broadcasts.putAll(first);
            List<Broadcast> changed = new ArrayList<>();
            for (Broadcast b : first.subList(0, 600)) {
                changed.add(new Broadcast(b.meta(), b.airedOn().plusDays(3), b.slot(), b.programTitle(), Production.NEW,
                        b.minutes() + 1, "VNeID", "", ""));
            }
            changed.addAll(airings(unit, BulkTotals.MIN_RECORDS, "Khác "));
            store.broadcasts.putAll(changed);
            store.broadcasts.delete(first.get(700).meta().id());

            assertThat(lines(store, KEPT)).isEqualTo(lines(store, RAW)).isNotEmpty();
            assertThat(lines(store, DAILY)).containsExactly((2 * BulkTotals.MIN_RECORDS - 1) + ","
                    + lines(store, "SELECT SUM(minutes) FROM broadcast WHERE deleted = 0").get(0));
            assertThat(lines(store, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'broadcast'"))
                    .contains("broadcast_daily_insert", "broadcast_daily_update", "broadcast_daily_delete",
                            "broadcast_detail_insert", "broadcast_detail_update", "broadcast_detail_delete");
        }
    }

    @Test
    void aBulkWriteThatFailsLeavesTriggersAndTotalsAsTheyWere() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = store.units.save(new Unit(RecordMeta.fresh(UUID.randomUUID(), Instant.EPOCH), "X1", "Xã Một", 3,
                    null, null, null, List.of()));
            List<Broadcast> bad = new ArrayList<>(airings(unit, BulkTotals.MIN_RECORDS, "Chủ đề "));
            // a unit that does not exist: the foreign key fails the whole write
            bad.add(airings(unit, 1, "x").get(0).withMeta(RecordMeta.fresh(UUID.randomUUID(), Instant.EPOCH)));
            assertThatThrownBy(() -> store.broadcasts.putAll(bad)).isInstanceOf(StoreException.class);

            assertThat(lines(store, "SELECT COUNT(*) FROM daily_detail_total")).containsExactly("0");
            store.broadcasts.save(airings(unit, 1, "Một ").get(0));
            assertThat(lines(store, DAILY)).containsExactly("1,5");
        }
    }
}
