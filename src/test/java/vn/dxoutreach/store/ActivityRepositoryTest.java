package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

/** The activity table's query gives the same answer whichever index it walks. */
class ActivityRepositoryTest {

    @TempDir
    Path folder;

    private static Broadcast aired(Unit unit, LocalDate day, String title) {
        return new Broadcast(RecordMeta.fresh(unit.id(), StoreFixture.NOW), day, Slot.MORNING, title, Production.NEW,
                10, "", "");
    }

    @Test
    void newestRecordsOfTheAskedUnitsComeFirstUpToTheLimit() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Unit communeB = StoreFixture.unit(store, "X01", "Xã B", 3, district);
            Unit communeC = StoreFixture.unit(store, "X02", "Xã C", 3, district);
            LocalDate day = LocalDate.of(2026, 10, 1);
            store.broadcasts.putAll(List.of(aired(communeB, day, "B1"), aired(communeC, day.plusDays(1), "C1"),
                    aired(communeB, day.plusDays(2), "B2"), aired(communeC, day.plusDays(3), "C2")));
            Broadcast deleted = store.broadcasts.save(aired(communeB, day.plusDays(4), "B3"));
            store.broadcasts.delete(deleted.meta().id());

            // all units: the date index path
            assertThat(store.broadcasts.find(new ActivityQuery(
                    Set.of(district.id(), communeB.id(), communeC.id()), null, null, null, 3)))
                    .extracting(Broadcast::programTitle).containsExactly("C2", "B2", "C1");
            // one unit of three: the unit index path
            assertThat(store.broadcasts.find(ActivityQuery.ofUnits(Set.of(communeB.id()), null, null, null)))
                    .extracting(Broadcast::programTitle).containsExactly("B2", "B1");
            assertThat(store.broadcasts.find(ActivityQuery.ofUnits(
                    Set.of(district.id(), communeB.id(), communeC.id()), day.plusDays(1), day.plusDays(3), "c1")))
                    .extracting(Broadcast::programTitle).containsExactly("C1");
        }
    }

    @Test
    void searchIgnoresMarksAndCaseMatchesWordStartsAndFollowsEditsAndDeletions() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
            LocalDate day = LocalDate.of(2026, 10, 1);
            Broadcast scam = store.broadcasts.save(aired(commune, day, "Cảnh giác lừa đảo trên mạng"));
            Broadcast vneid = store.broadcasts.save(aired(commune, day, "Hướng dẫn cài đặt VNeID"));
            Set<java.util.UUID> units = Set.of(commune.id());

            assertThat(titles(store, units, "lua dao")).containsExactly(scam.programTitle());
            assertThat(titles(store, units, "LỪA ĐẢO")).containsExactly(scam.programTitle());
            assertThat(titles(store, units, "vne huong")).containsExactly(vneid.programTitle());
            assertThat(titles(store, units, "dao mang lua")).containsExactly(scam.programTitle());
            assertThat(titles(store, units, "(!)")).hasSize(2);

            store.broadcasts.save(new Broadcast(scam.meta(), day, Slot.MORNING, "Chuyển đổi số", Production.NEW, 10,
                    "", ""));
            assertThat(titles(store, units, "lua dao")).isEmpty();
            assertThat(titles(store, units, "chuyen doi")).containsExactly("Chuyển đổi số");
            store.broadcasts.delete(vneid.meta().id());
            assertThat(titles(store, units, "vneid")).isEmpty();
        }
    }

    private static List<String> titles(Store store, Set<java.util.UUID> units, String text) {
        return store.broadcasts.find(ActivityQuery.ofUnits(units, null, null, text)).stream()
                .map(Broadcast::programTitle).toList();
    }
}
