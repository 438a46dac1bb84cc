package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

/** Every committed write announces what it changed, once, after the commit; nothing else is announced. */
class StoreEventsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 12);

    @TempDir
    Path folder;

    private static Broadcast aired(Unit unit, LocalDate day) {
        return new Broadcast(RecordMeta.fresh(unit.id(), StoreFixture.NOW), day, Slot.MORNING, "Bản tin",
                Production.NEW, 10, "", "");
    }

    @Test
    void savedActivityAnnouncesItsKindUnitAndDate() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
            List<StoreChange> heard = new ArrayList<>();
            store.db().events().listen(heard::add);

            store.broadcasts.save(aired(commune, DAY));

            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.kinds()).containsExactly(DataKind.BROADCAST);
                assertThat(change.units()).containsExactly(commune.id());
                assertThat(change.dates()).containsExactly(DAY);
            });
        }
    }

    @Test
    void deletionAnnouncesTheDeletedRecordsUnitAndDate() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
            Broadcast saved = store.broadcasts.save(aired(commune, DAY));
            List<StoreChange> heard = new ArrayList<>();
            store.db().events().listen(heard::add);

            store.broadcasts.delete(saved.meta().id());

            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.units()).containsExactly(commune.id());
                assertThat(change.dates()).containsExactly(DAY);
            });
        }
    }

    @Test
    void oneTransactionOfManyWritesIsOneAnnouncement() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
            List<StoreChange> heard = new ArrayList<>();
            store.db().events().listen(heard::add);

            store.db().write(c -> {
                store.broadcasts.save(aired(commune, DAY));
                store.broadcasts.save(aired(commune, DAY.plusDays(1)));
                store.settings.put("k", "v");
                return null;
            });

            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.kinds()).containsExactlyInAnyOrder(DataKind.BROADCAST, DataKind.SETTING);
                assertThat(change.dates()).containsExactlyInAnyOrder(DAY, DAY.plusDays(1));
            });
        }
    }

    @Test
    void rolledBackWriteAnnouncesNothing() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
            List<StoreChange> heard = new ArrayList<>();
            store.db().events().listen(heard::add);

            assertThatThrownBy(() -> store.db().write(c -> {
                store.broadcasts.save(aired(commune, DAY));
                throw new IllegalStateException("stop");
            })).isInstanceOf(IllegalStateException.class);
            store.settings.put("k", "v");

            assertThat(heard).singleElement().satisfies(change ->
                    assertThat(change.kinds()).containsExactly(DataKind.SETTING));
        }
    }

    @Test
    void cancelledListenerHearsNothingMore() {
        try (Store store = StoreFixture.open(folder)) {
            List<StoreChange> heard = new ArrayList<>();
            StoreEvents.Subscription subscription = store.db().events().listen(heard::add);
            subscription.cancel();

            store.settings.put("k", "v");

            assertThat(heard).isEmpty();
        }
    }
}
