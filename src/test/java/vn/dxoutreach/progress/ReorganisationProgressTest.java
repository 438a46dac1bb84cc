package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.progress.ProgressFixture.unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.store.UnitReorganisation;

/**
 * The 2025 reform as docs/progress-rules.md counts it: two districts end on 30/06/2025, a new
 * commune directly under the province is formed from communes of both, and a village moves to it.
 */
class ReorganisationProgressTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path folder;
    private Store store;
    private ProgressEngine engine;
    private Unit province;
    private Unit communeA;
    private Unit communeB;
    private Unit communeX;
    private Unit village;
    private Unit formed;
    private Plan plan;

    @BeforeEach
    void reform() {
        store = StoreFixture.open(folder);
        engine = new ProgressEngine(store);
        province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
        Unit district1 = StoreFixture.unit(store, "001", "Huyện Một", 2, province, null, REFORM.minusDays(1), List.of());
        Unit district2 = StoreFixture.unit(store, "002", "Huyện Hai", 2, province, null, REFORM.minusDays(1), List.of());
        communeA = StoreFixture.unit(store, "00001", "Xã A", 3, district1);
        communeX = StoreFixture.unit(store, "00003", "Xã X", 3, district1);
        communeB = StoreFixture.unit(store, "00002", "Xã B", 3, district2);
        village = StoreFixture.unit(store, "00003-01", "Thôn Đông", 4, communeX);
        UnitReorganisation reorganisation = new UnitReorganisation(store);
        formed = reorganisation.mergeIntoNew(List.of(communeA.id(), communeB.id()), "10001", "Xã Hòa Bình", 3,
                province.id(), REFORM);
        reorganisation.move(communeX.id(), province.id(), REFORM);
        reorganisation.move(village.id(), formed.id(), REFORM);
        plan = store.plans.save(new Plan(RecordMeta.fresh(province.id(), StoreFixture.NOW), "12/KH-UBND",
                "Kế hoạch 2025", "UBND tỉnh", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Target yearly() {
        return store.targets.save(new Target(RecordMeta.fresh(province.id(), StoreFixture.NOW), plan.id(), "CT01",
                "Phát thanh", ActivityKind.BROADCAST, TargetFilter.NONE, Measure.COUNT, Cadence.YEAR, 1, Scope.EACH,
                3, null, null));
    }

    private void broadcast(Unit unit, LocalDate day) {
        store.broadcasts.save(new Broadcast(RecordMeta.fresh(unit.id(), StoreFixture.NOW), day, Slot.MORNING,
                "Chuyên mục", Production.NEW, 10, "", ""));
    }

    @Test
    void aReportBeforeTheReformShowsTheOldCommunes() {
        Target target = yearly();
        broadcast(communeA, LocalDate.of(2025, 3, 10));
        TargetProgress p = engine.evaluate(target, plan, LocalDate.of(2025, 5, 1));
        assertThat(ProgressFixture.ids(p)).contains(communeA.id(), communeB.id(), communeX.id())
                .doesNotContain(formed.id());
        assertThat(unit(p, communeA).total()).isEqualTo(1);
    }

    @Test
    void theNewCommuneCarriesThePredecessorsOfBothDistricts() {
        Target target = yearly();
        broadcast(communeA, LocalDate.of(2025, 3, 10));
        broadcast(communeB, LocalDate.of(2025, 4, 10));
        broadcast(formed, LocalDate.of(2025, 8, 10));
        TargetProgress p = engine.evaluate(target, plan, LocalDate.of(2026, 1, 10));
        assertThat(ProgressFixture.ids(p)).contains(formed.id(), communeX.id())
                .doesNotContain(communeA.id(), communeB.id());
        assertThat(unit(p, formed).actualPerBucket()).startsWith(3L);
    }

    @Test
    void aMovedVillageCountsForItsOldCommuneBeforeTheMoveAndItsNewOneAfter() {
        Target target = yearly();
        broadcast(village, LocalDate.of(2025, 6, 10));
        broadcast(village, LocalDate.of(2025, 8, 10));
        TargetProgress p = engine.evaluate(target, plan, LocalDate.of(2026, 1, 10));
        assertThat(unit(p, communeX).actualPerBucket()).startsWith(1L);
        assertThat(unit(p, formed).actualPerBucket()).startsWith(1L);
    }

    @Test
    void aRecordCountsOnceForTheProvinceWhateverPathLeadsThere() {
        Target whole = store.targets.save(new Target(RecordMeta.fresh(province.id(), StoreFixture.NOW), plan.id(),
                "CT02", "Toàn tỉnh", ActivityKind.BROADCAST, TargetFilter.NONE, Measure.COUNT, Cadence.YEAR, 1,
                Scope.WHOLE, null, null, null));
        broadcast(communeA, LocalDate.of(2025, 3, 10));
        broadcast(village, LocalDate.of(2025, 6, 10));
        broadcast(village, LocalDate.of(2025, 8, 10));
        broadcast(formed, LocalDate.of(2025, 9, 10));
        TargetProgress p = engine.evaluate(whole, plan, LocalDate.of(2026, 1, 10));
        assertThat(unit(p, province).actualPerBucket()).startsWith(4L);
    }

    @Test
    void drillDownListsOnlyTheDaysAMovedVillageCountsForTheUnit() {
        Target target = yearly();
        broadcast(village, LocalDate.of(2025, 6, 10));
        broadcast(village, LocalDate.of(2025, 8, 10));
        List<ActivityRef> refs = engine.activities(target, plan, communeX, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(refs).extracting(ActivityRef::date).containsExactly(LocalDate.of(2025, 6, 10));
    }
}
