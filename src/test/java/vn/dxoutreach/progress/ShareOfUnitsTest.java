package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/**
 * Targets on organisations and targets met by a share of units: the worked example of
 * docs/progress-rules.md ("Targets met by a share of units"), rule by rule.
 */
class ShareOfUnitsTest {

    private static final String EXTRACURRICULAR = "Ngoại khóa";

    @TempDir
    Path folder;
    private Store store;
    private ProgressFixture f;
    private ProgressEngine engine;
    private Unit school1;
    private Unit school2;
    private Unit school3;
    private Unit school4;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        f = new ProgressFixture(store);
        engine = new ProgressEngine(store);
        // three schools under the communes, one (a district school) directly under the district
        school1 = school("TH01", "Trường Tiểu học An 1", 4, f.communeA);
        school2 = school("TH02", "Trường Tiểu học An 2", 4, f.communeA);
        school3 = school("TH03", "Trường THCS Bình", 4, f.communeB);
        school4 = school("TH04", "Trường THPT Huyện", 3, f.district);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Unit school(String code, String name, int level, Unit parent) {
        return store.units.save(StoreFixture.unit(store, code, name, level, parent).withType(UnitType.SCHOOL));
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** At least 50 % of the schools hold at least one Ngoại khóa event a month, 09–11/2022. */
    private Target halfOfSchoolsMonthly() {
        Target t = f.target("CT09", ActivityKind.EVENT, Measure.COUNT, Cadence.MONTH, 1, d(2022, 9, 1),
                d(2022, 11, 30), TargetFilter.ofChoice(null, EXTRACURRICULAR));
        return store.targets.save(t.withUnitScope(UnitType.SCHOOL, 50));
    }

    private void event(Unit unit, LocalDate day, String type) {
        store.events.save(new OutreachEvent(RecordMeta.fresh(unit.id(), StoreFixture.NOW), day, day,
                "Ngoại khóa chuyển đổi số " + day, type, unit.name(), 40, unit.name(), "", ""));
    }

    private void workedExample() {
        event(school1, d(2022, 9, 12), EXTRACURRICULAR);
        event(school2, d(2022, 9, 20), EXTRACURRICULAR);
        event(school1, d(2022, 10, 7), EXTRACURRICULAR);
        event(school3, d(2022, 10, 14), "Hội nghị");
        event(school2, d(2022, 11, 3), EXTRACURRICULAR);
        event(school3, d(2022, 11, 9), EXTRACURRICULAR);
        event(school4, d(2022, 11, 21), EXTRACURRICULAR);
    }

    @Test
    void aTargetNamingAUnitTypeScopesEveryUnitOfThatTypeWhateverItsLevel() {
        TargetProgress p = engine.evaluate(halfOfSchoolsMonthly(), f.plan, d(2022, 12, 1));

        assertThat(ProgressFixture.ids(p)).containsExactly(school1.id(), school2.id(), school3.id(), school4.id());
    }

    @Test
    void aTargetOnALevelCountsAdministrativeUnitsOnly() {
        Target communes = f.target("CT01", ActivityKind.EVENT, Measure.COUNT, Cadence.MONTH, 1, d(2022, 9, 1),
                d(2022, 11, 30), TargetFilter.NONE);
        Target villages = store.targets.save(new Target(RecordMeta.fresh(f.district.id(), StoreFixture.NOW),
                f.plan.id(), "CT02", "Thôn", ActivityKind.EVENT, TargetFilter.NONE, Measure.COUNT, Cadence.MONTH, 1,
                Scope.EACH, 4, d(2022, 9, 1), d(2022, 11, 30)));

        assertThat(ProgressFixture.ids(engine.evaluate(communes, f.plan, d(2022, 12, 1))))
                .containsExactly(f.communeA.id(), f.communeB.id());
        assertThat(ProgressFixture.ids(engine.evaluate(villages, f.plan, d(2022, 12, 1))))
                .containsExactly(f.villageA.id());
    }

    @Test
    void aSchoolsEventCountsForItsCommune() {
        workedExample();
        Target communes = f.target("CT01", ActivityKind.EVENT, Measure.COUNT, Cadence.MONTH, 1, d(2022, 9, 1),
                d(2022, 11, 30), TargetFilter.ofChoice(null, EXTRACURRICULAR));

        TargetProgress p = engine.evaluate(communes, f.plan, d(2022, 12, 1));

        assertThat(ProgressFixture.unit(p, f.communeA).actualPerBucket()).containsExactly(2L, 1L, 1L);
    }

    @Test
    void aBucketIsMetWhenTheShareOfUnitsMeetingTheValueReachesThePercentage() {
        workedExample();

        TargetProgress p = engine.evaluate(halfOfSchoolsMonthly(), f.plan, d(2022, 12, 1));

        // September 2 of 4 (50 %, met), October 1 of 4 (the Hội nghị is not Ngoại khóa), November 3 of 4
        assertThat(p.unitShare().metUnitsPerBucket()).containsExactly(2, 1, 3);
        assertThat(p.closedPairs()).isEqualTo(3);
        assertThat(p.metPairs()).isEqualTo(2);
        assertThat(p.attainment().getAsDouble()).isEqualTo(2 / 3.0);
    }

    @Test
    void aShareJustBelowThePercentageMissesTheBucket() {
        event(school1, d(2022, 9, 12), EXTRACURRICULAR);
        Target t = halfOfSchoolsMonthly();
        store.targets.save(t.withUnitScope(UnitType.SCHOOL, 26));

        TargetProgress p = engine.evaluate(store.targets.find(t.id()).orElseThrow(), f.plan, d(2022, 10, 1));

        // 1 of 4 is 25 %
        assertThat(p.metPairs()).isZero();
        assertThat(p.closedPairs()).isEqualTo(1);
    }

    @Test
    void currentProgressIsTheOpenBucketsShareOverTheShareRequired() {
        workedExample();

        TargetProgress p = engine.evaluate(halfOfSchoolsMonthly(), f.plan, d(2022, 11, 25));

        // as of 25/11: three schools held one in November, 3/4 = 75 %, 1.5 times the 50 % required
        assertThat(p.unitShare().currentMetUnits().getAsInt()).isEqualTo(3);
        assertThat(p.currentProgress().getAsDouble()).isEqualTo(1.5);
        assertThat(p.closedPairs()).isEqualTo(2);
    }

    @Test
    void noUnitOfTheTypeLeavesTheTargetUndefined() {
        Target t = f.target("CT10", ActivityKind.EVENT, Measure.COUNT, Cadence.MONTH, 1, d(2022, 9, 1),
                d(2022, 11, 30), TargetFilter.NONE);
        Target enterprises = store.targets.save(t.withUnitScope(UnitType.ENTERPRISE, 50));

        TargetProgress p = engine.evaluate(enterprises, f.plan, d(2022, 12, 1));

        assertThat(p.scopedUnits()).isZero();
        assertThat(p.attainment()).isEmpty();
    }

    @Test
    void eachUnitOfATypeWithoutAShareIsCheckedOnItsOwn() {
        workedExample();
        Target t = f.target("CT11", ActivityKind.EVENT, Measure.COUNT, Cadence.MONTH, 1, d(2022, 9, 1),
                d(2022, 11, 30), TargetFilter.ofChoice(null, EXTRACURRICULAR));
        Target eachSchool = store.targets.save(t.withUnitScope(UnitType.SCHOOL, null));

        TargetProgress p = engine.evaluate(eachSchool, f.plan, d(2022, 12, 1));

        assertThat(p.unitShare()).isNull();
        assertThat(p.closedPairs()).isEqualTo(12);
        assertThat(p.metPairs()).isEqualTo(6);
        List<UUID> ids = ProgressFixture.ids(p);
        assertThat(ids).hasSize(4);
    }
}
