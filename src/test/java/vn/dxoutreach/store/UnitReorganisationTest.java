package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Unit;

class UnitReorganisationTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path folder;
    private Store store;
    private UnitReorganisation reorganisation;
    private Unit province;
    private Unit a;
    private Unit b;
    private Unit village;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        reorganisation = new UnitReorganisation(store);
        province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
        Unit d1 = StoreFixture.unit(store, "001", "Huyện Một", 2, province);
        Unit d2 = StoreFixture.unit(store, "002", "Huyện Hai", 2, province);
        a = StoreFixture.unit(store, "00001", "Xã A", 3, d1);
        b = StoreFixture.unit(store, "00002", "Xã B", 3, d2);
        village = StoreFixture.unit(store, "00001-01", "Thôn 1", 4, a);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMergerHandsTheMergedUnitsChildrenToTheNewUnitFromTheDay() {
        Unit formed = reorganisation.mergeIntoNew(List.of(a.id(), b.id()), "10001", "Xã C", 3, province.id(), REFORM);
        Unit moved = store.units.find(village.id()).orElseThrow();
        assertThat(moved.parentId()).isEqualTo(formed.id());
        assertThat(moved.formerParents()).containsExactly(new FormerParent(a.id(), REFORM.minusDays(1)));
    }

    @Test
    void aMoveIsStoredWithTheLastDayUnderTheOldParent() {
        reorganisation.move(a.id(), province.id(), REFORM);
        Unit moved = store.units.find(a.id()).orElseThrow();
        assertThat(moved.parentId()).isEqualTo(province.id());
        assertThat(moved.level()).isEqualTo(3);
        assertThat(moved.parentOn(REFORM.minusDays(1))).isNotEqualTo(province.id());
        assertThat(moved.parentOn(REFORM)).isEqualTo(province.id());
    }

    @Test
    void undoingAMergerRestoresEveryPredecessorAndDeletesTheNewUnit() {
        Unit formed = reorganisation.mergeIntoNew(List.of(a.id(), b.id()), "10001", "Xã C", 3, province.id(), REFORM);
        reorganisation.undoMerger(formed.id());
        assertThat(store.units.find(a.id()).orElseThrow().validTo()).isNull();
        assertThat(store.units.find(b.id()).orElseThrow().validTo()).isNull();
        assertThat(store.units.find(village.id()).orElseThrow().parentId()).isEqualTo(a.id());
        assertThat(store.units.find(formed.id()).orElseThrow().meta().deleted()).isTrue();
        assertThat(store.units.findByCode("10001")).isEmpty();
    }

    @Test
    void undoingAMoveReturnsTheUnitToItsFormerParent() {
        Unit before = store.units.find(a.id()).orElseThrow();
        reorganisation.move(a.id(), province.id(), REFORM);
        reorganisation.undoMove(a.id());
        Unit after = store.units.find(a.id()).orElseThrow();
        assertThat(after.parentId()).isEqualTo(before.parentId());
        assertThat(after.formerParents()).isEmpty();
    }

    @Test
    void aChainOfMergersCountsTheOldestUnitsForTheLast() {
        Unit c = reorganisation.mergeIntoNew(List.of(a.id()), "10001", "Xã C", 3, province.id(), REFORM);
        Unit e = reorganisation.mergeIntoNew(List.of(c.id(), b.id()), "10002", "Xã E", 3, province.id(),
                LocalDate.of(2026, 1, 1));
        assertThat(store.units.tree().contributors(e.id())).contains(a.id(), b.id(), c.id(), village.id());
        assertThat(store.units.tree().lineage(e.id())).extracting(Unit::code).contains("10001", "00001", "00002");
    }
}
