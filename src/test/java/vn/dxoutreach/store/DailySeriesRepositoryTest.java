package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

/** Filtered series come from the kept per-topic totals, which follow every insert, change and deletion. */
class DailySeriesRepositoryTest {

    @TempDir
    Path folder;

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);

    private static Broadcast airing(Unit unit, String topic, int minutes) {
        return new Broadcast(RecordMeta.fresh(unit.id(), Instant.EPOCH), DAY, Slot.MORNING, "Chuyên mục " + topic + minutes,
                Production.NEW, minutes, topic, "");
    }

    private static long minutes(Store store, Unit unit, String topic) {
        SeriesRequest request = new SeriesRequest(ActivityKind.BROADCAST, Measure.MINUTES, false, topic,
                DAY.minusDays(3), DAY.plusDays(3));
        return store.dailySeries.read(request).on(unit.id(), DAY);
    }

    @Test
    void aTopicCountsEverySpellingThatSameTopicAcceptsAndFollowsChangesAndDeletions() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = store.units.save(new Unit(RecordMeta.fresh(UUID.randomUUID(), Instant.EPOCH), "X1", "Xã Một",
                    3, null, null, null, java.util.List.of()));
            store.broadcasts.save(airing(unit, "VNeID", 10));
            Broadcast moved = store.broadcasts.save(airing(unit, " vneid ", 15));
            Broadcast gone = store.broadcasts.save(airing(unit, "VNEID", 20));
            store.broadcasts.save(airing(unit, "Kỹ năng số", 40));
            assertThat(minutes(store, unit, "VNeID")).isEqualTo(45);

            store.broadcasts.save(new Broadcast(moved.meta(), DAY, Slot.MORNING, moved.programTitle(), Production.NEW,
                    15, "Kỹ năng số", ""));
            store.broadcasts.delete(gone.meta().id());

            assertThat(minutes(store, unit, "vneid")).isEqualTo(10);
            assertThat(minutes(store, unit, "Kỹ năng số")).isEqualTo(55);
            assertThat(minutes(store, unit, null)).isEqualTo(65);
        }
    }
}
