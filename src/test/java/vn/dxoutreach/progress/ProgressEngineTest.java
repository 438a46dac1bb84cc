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
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** The rules of docs/progress-rules.md, one behaviour per test, through the store. */
class ProgressEngineTest {

    @TempDir
    Path folder;
    private Store store;
    private ProgressFixture f;
    private ProgressEngine engine;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        f = new ProgressFixture(store);
        engine = new ProgressEngine(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private Target weekly(LocalDate from, LocalDate to) {
        return f.target("CT01", ActivityKind.BROADCAST, Measure.COUNT, Cadence.WEEK, 1, from, to, TargetFilter.NONE);
    }

    @Test
    void aWindowRepeatingEveryYearIsEvaluatedOverTheYearsOwnWindow() {
        f.plan(d(2022, 1, 1), d(2023, 12, 31));
        Target campaign = store.targets.save(weekly(d(2022, 10, 1), d(2022, 10, 10)).withRepeatsYearly(true));
        f.broadcast(f.communeA, d(2022, 10, 5));
        f.broadcast(f.communeA, d(2023, 10, 4));
        f.broadcast(f.communeB, d(2023, 10, 4));

        TargetProgress first = engine.evaluate(campaign, f.plan, d(2022, 10, 11));
        TargetProgress second = engine.evaluate(campaign, f.plan, d(2023, 10, 11));

        // 2022: the week 03–09/10, communeA aired; 2023: the week 02–08/10, both aired
        assertThat(first.windowFrom()).isEqualTo(d(2022, 10, 1));
        assertThat(first.buckets()).singleElement().satisfies(b -> assertThat(b.from()).isEqualTo(d(2022, 10, 3)));
        assertThat(first.attainment()).hasValue(0.5);
        assertThat(second.windowFrom()).isEqualTo(d(2023, 10, 1));
        assertThat(second.windowTo()).isEqualTo(d(2023, 10, 10));
        assertThat(second.buckets()).singleElement().satisfies(b -> assertThat(b.from()).isEqualTo(d(2023, 10, 2)));
        assertThat(second.attainment()).hasValue(1.0);
        assertThat(engine.evaluateYears(campaign, f.plan, d(2023, 10, 11))).extracting(TargetProgress::windowFrom)
                .containsExactly(d(2022, 10, 1), d(2023, 10, 1));
    }

    @Test
    void betweenTwoYearsWindowsARepeatingTargetShowsTheLastOne() {
        f.plan(d(2022, 1, 1), d(2023, 12, 31));
        Target campaign = store.targets.save(weekly(d(2022, 10, 1), d(2022, 10, 10)).withRepeatsYearly(true));

        assertThat(engine.evaluate(campaign, f.plan, d(2023, 3, 1)).windowFrom()).isEqualTo(d(2022, 10, 1));
        assertThat(engine.evaluate(campaign, f.plan, d(2022, 3, 1)).windowFrom()).isEqualTo(d(2022, 10, 1));
    }

    @Test
    void theWorkedExampleOfTheRules() {
        Target target = weekly(d(2022, 10, 1), d(2022, 10, 10));
        f.broadcast(f.communeA, d(2022, 10, 1));
        f.broadcast(f.communeA, d(2022, 10, 5));
        f.broadcast(f.communeB, d(2022, 10, 1));

        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 10, 10));

        assertThat(p.buckets()).singleElement().satisfies(b -> {
            assertThat(b.from()).isEqualTo(d(2022, 10, 3));
            assertThat(b.to()).isEqualTo(d(2022, 10, 9));
            assertThat(b.state()).isEqualTo(BucketState.CLOSED);
        });
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET);
        assertThat(unit(p, f.communeA).total()).isEqualTo(2);
        // the airing of 01/10 counts in the total but in no bucket
        assertThat(unit(p, f.communeB).total()).isEqualTo(1);
        assertThat(unit(p, f.communeB).pairs()).containsExactly(PairState.MISSED);
        assertThat(p.closedPairs()).isEqualTo(2);
        assertThat(p.metPairs()).isEqualTo(1);
        assertThat(p.attainment()).hasValue(0.5);
        assertThat(p.fullyCompliantUnits()).isEqualTo(1);
    }

    @Test
    void aCommuneOfficeOnTheDistrictsPlanIsCheckedForItselfAndNotForTheDistrictsOwnTargets() {
        Target each = weekly(d(2022, 10, 1), d(2022, 10, 10));
        f.wholeTarget("CT09", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 2,
                TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 10, 5));
        new vn.dxoutreach.store.Office(store).set(f.communeA);

        PlanProgress plan = engine.evaluate(f.plan, d(2022, 10, 10));

        assertThat(plan.targets()).extracting(t -> t.target().id()).containsExactly(each.id());
        assertThat(plan.targets().get(0).units()).extracting(u -> u.unit().id()).containsExactly(f.communeA.id());
        assertThat(plan.targets().get(0).attainment()).hasValue(1.0);
    }

    @Test
    void aBucketIsOpenOnItsLastDayAndCountsNoPair() {
        Target target = weekly(d(2022, 10, 1), d(2022, 10, 10));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 10, 9));
        assertThat(p.buckets().get(0).state()).isEqualTo(BucketState.OPEN);
        assertThat(p.closedPairs()).isZero();
        assertThat(p.attainment()).isEmpty();
        assertThat(p.status()).isEqualTo(ProgressStatus.NOT_STARTED);
    }

    @Test
    void aPairIsMetWhenTheActualReachesTheValue() {
        Target target = f.target("CT02", ActivityKind.BROADCAST, Measure.MINUTES, Cadence.MONTH, 30, d(2022, 3, 1),
                d(2022, 3, 31), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 3, 2), Production.NEW, 15, "");
        f.broadcast(f.communeA, d(2022, 3, 20), Production.RERUN, 15, "");
        f.broadcast(f.communeB, d(2022, 3, 2), Production.NEW, 29, "");
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 4, 1));
        assertThat(unit(p, f.communeA).actualPerBucket()).containsExactly(30L);
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET);
        assertThat(unit(p, f.communeB).pairs()).containsExactly(PairState.MISSED);
    }

    @Test
    void attainmentIsMetClosedPairsOverClosedPairs() {
        Target target = f.target("CT03", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 1, d(2022, 1, 1),
                d(2022, 12, 31), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 1, 10));
        f.broadcast(f.communeA, d(2022, 2, 10));
        f.broadcast(f.communeB, d(2022, 2, 11));
        // as of 15/03: January and February closed for two communes = 4 pairs, 3 met
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 3, 15));
        assertThat(p.closedPairs()).isEqualTo(4);
        assertThat(p.metPairs()).isEqualTo(3);
        assertThat(p.attainment().getAsDouble()).isEqualTo(0.75);
        assertThat(p.fullyCompliantUnits()).isEqualTo(1);
        assertThat(unit(p, f.communeB).fullyCompliant()).isFalse();
        assertThat(unit(p, f.communeB).behind()).isTrue();
    }

    @Test
    void currentProgressIsTheOpenBucketsActualOverTheValue() {
        Target target = f.target("CT04", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 4, d(2022, 1, 1),
                d(2022, 12, 31), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 3, 1));
        f.broadcast(f.communeA, d(2022, 3, 2));
        f.broadcast(f.communeA, d(2022, 3, 3));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 3, 15));
        assertThat(unit(p, f.communeA).currentProgress()).hasValue(0.75);
        assertThat(unit(p, f.communeB).currentProgress()).hasValue(0.0);
        // summed over units: 3 of 2 × 4
        assertThat(p.currentProgress()).hasValue(3 / 8.0);
    }

    @Test
    void afterTheWindowCurrentProgressIsTheLastBuckets() {
        Target target = f.target("CT05", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 2, d(2022, 1, 1),
                d(2022, 2, 28), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 2, 3));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 6, 1));
        assertThat(unit(p, f.communeA).currentProgress()).hasValue(0.5);
    }

    @Test
    void expectedToDateOfAPeriodTargetGrowsWithTheElapsedDays() {
        Target target = f.target("CT06", ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.PERIOD, 100,
                d(2022, 10, 1), d(2022, 10, 10), TargetFilter.NONE);
        f.session(f.communeA, d(2022, 10, 2), "VNeID", 60);
        f.session(f.communeB, d(2022, 10, 2), "VNeID", 40);
        // as of 06/10 five days (01–05/10) of ten are over: 50 people expected
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 10, 6));
        assertThat(p.expectedToDate()).hasValue(50.0);
        assertThat(unit(p, f.communeA).behind()).isFalse();
        assertThat(unit(p, f.communeB).behind()).isTrue();
        assertThat(p.status()).isEqualTo(ProgressStatus.BEHIND);
    }

    @Test
    void villageActivityCountsForItsCommune() {
        Target target = weekly(d(2022, 10, 1), d(2022, 10, 10));
        f.broadcast(f.villageA, d(2022, 10, 4));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 10, 10));
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET);
    }

    @Test
    void aMergedCommunesHistoryCountsForItsSuccessor() {
        Unit old = StoreFixture.unit(store, "X03", "Xã Cũ", 3, f.district, null, d(2022, 6, 30), List.of());
        Unit merged = StoreFixture.unit(store, "X04", "Xã Mới", 3, f.district, d(2022, 7, 1), null,
                List.of(old.id()));
        Target target = f.target("CT07", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 1, d(2022, 5, 1),
                d(2022, 8, 31), TargetFilter.NONE);
        f.broadcast(old, d(2022, 5, 10));
        f.broadcast(old, d(2022, 6, 10));
        f.broadcast(merged, d(2022, 7, 10));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 9, 1));
        assertThat(ProgressFixture.ids(p)).contains(merged.id()).doesNotContain(old.id());
        assertThat(unit(p, merged).pairs())
                .containsExactly(PairState.MET, PairState.MET, PairState.MET, PairState.MISSED);
        // as of a day before the merger the old commune is scoped itself
        TargetProgress before = engine.evaluate(target, f.plan, d(2022, 6, 15));
        assertThat(ProgressFixture.ids(before)).contains(old.id()).doesNotContain(merged.id());
    }

    @Test
    void newProductionOnlyIgnoresRerunsAndRelays() {
        Target target = f.target("CT08", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 1, d(2022, 3, 1),
                d(2022, 3, 31), new TargetFilter(true, null, null, null, null));
        f.broadcast(f.communeA, d(2022, 3, 5), Production.RERUN, 10, "");
        f.broadcast(f.communeA, d(2022, 3, 6), Production.RELAY, 10, "");
        f.broadcast(f.communeB, d(2022, 3, 6), Production.NEW, 10, "");
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 4, 1));
        assertThat(unit(p, f.communeA).total()).isZero();
        assertThat(unit(p, f.communeB).total()).isEqualTo(1);
    }

    @Test
    void topicBannerKindAndSessionTopicFiltersNarrowTheCount() {
        Target topic = f.target("CT09", ActivityKind.BROADCAST, Measure.COUNT, Cadence.PERIOD, 1, d(2022, 3, 1),
                d(2022, 3, 31), new TargetFilter(false, null, "vneid", null, null));
        Target kind = f.target("CT10", ActivityKind.BANNER, Measure.QUANTITY, Cadence.PERIOD, 1, d(2022, 3, 1),
                d(2022, 3, 31), new TargetFilter(false, null, null, BannerKind.PANEL, null));
        Target session = f.target("CT11", ActivityKind.TEAM_SESSION, Measure.COUNT, Cadence.PERIOD, 1,
                d(2022, 3, 1), d(2022, 3, 31), new TargetFilter(false, null, null, null, "VNeID"));
        f.broadcast(f.communeA, d(2022, 3, 5), Production.NEW, 10, "VNeID");
        f.broadcast(f.communeA, d(2022, 3, 6), Production.NEW, 10, "Kỹ năng số");
        f.banner(f.communeA, d(2022, 3, 5), BannerKind.PANEL, 3);
        f.banner(f.communeA, d(2022, 3, 5), BannerKind.BANNER, 5);
        f.session(f.communeA, d(2022, 3, 5), " vneid ", 10);
        f.session(f.communeA, d(2022, 3, 5), "Kỹ năng số", 10);
        LocalDate asOf = d(2022, 4, 1);
        assertThat(unit(engine.evaluate(topic, f.plan, asOf), f.communeA).total()).isEqualTo(1);
        assertThat(unit(engine.evaluate(kind, f.plan, asOf), f.communeA).total()).isEqualTo(3);
        assertThat(unit(engine.evaluate(session, f.plan, asOf), f.communeA).total()).isEqualTo(1);
    }

    @Test
    void anEvaluationReadsOnlyTheKeptTotalsNeverTheActivityRows() {
        Target topic = f.target("CT09", ActivityKind.BROADCAST, Measure.MINUTES, Cadence.MONTH, 1, d(2022, 3, 1),
                d(2022, 4, 30), new TargetFilter(true, null, "vneid", null, null));
        Target kind = f.target("CT10", ActivityKind.BANNER, Measure.QUANTITY, Cadence.PERIOD, 1, d(2022, 3, 1),
                d(2022, 3, 31), new TargetFilter(false, null, null, BannerKind.PANEL, null));
        Target people = f.target("CT11", ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.WEEK, 1, d(2022, 3, 1),
                d(2022, 3, 31), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 3, 5), Production.NEW, 10, "VNeID");
        f.broadcast(f.communeA, d(2022, 4, 6), Production.NEW, 15, " vneid");
        f.broadcast(f.communeA, d(2022, 3, 6), Production.RERUN, 20, "VNeID");
        f.banner(f.communeA, d(2022, 3, 5), BannerKind.PANEL, 3);
        f.session(f.communeB, d(2022, 3, 8), "VNeID", 12);
        LocalDate asOf = d(2022, 5, 1);
        long minutes = unit(engine.evaluate(topic, f.plan, asOf), f.communeA).total();
        // the activity rows vanish behind the triggers' back: the kept totals alone must give the same numbers
        store.db().write(c -> {
            try (var st = c.createStatement()) {
                for (String table : List.of("broadcast", "banner", "team_session")) {
                    st.executeUpdate("CREATE TABLE kept_" + table + " AS SELECT * FROM " + table);
                }
                st.executeUpdate("PRAGMA foreign_keys = OFF");
                try (var rs = c.createStatement().executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('broadcast', 'banner', 'team_session')")) {
                    List<String> triggers = new java.util.ArrayList<>();
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                    for (String trigger : triggers) {
                        st.executeUpdate("DROP TRIGGER " + trigger);
                    }
                }
                st.executeUpdate("DELETE FROM broadcast");
                st.executeUpdate("DELETE FROM banner");
                st.executeUpdate("DELETE FROM team_session");
            }
            return null;
        });
        ProgressEngine fresh = new ProgressEngine(store);
        assertThat(minutes).isEqualTo(25);
        assertThat(unit(fresh.evaluate(topic, f.plan, asOf), f.communeA).total()).isEqualTo(25);
        assertThat(unit(fresh.evaluate(kind, f.plan, asOf), f.communeA).total()).isEqualTo(3);
        assertThat(unit(fresh.evaluate(people, f.plan, asOf), f.communeB).total()).isEqualTo(12);
    }

    @Test
    void aFilterThatExcludesEverythingMissesEveryClosedPair() {
        Target target = f.target("CT12", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 1, d(2022, 3, 1),
                d(2022, 3, 31), new TargetFilter(false, null, "không có chủ đề này", null, null));
        f.broadcast(f.communeA, d(2022, 3, 5));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 4, 1));
        assertThat(p.metPairs()).isZero();
        assertThat(p.attainment()).hasValue(0.0);
    }

    @Test
    void unitLevelFilterCountsOnlyActivitiesRecordedAtThatLevel() {
        Target target = f.wholeTarget("CT13", ActivityKind.BROADCAST, Measure.COUNT, Cadence.PERIOD, 1,
                new TargetFilter(false, 2, null, null, null));
        f.broadcast(f.communeA, d(2022, 3, 5));
        f.broadcast(f.district, d(2022, 3, 6));
        f.broadcast(f.district, d(2022, 3, 7));
        TargetProgress p = engine.evaluate(target, f.plan, d(2023, 1, 1));
        assertThat(p.scopedUnits()).isEqualTo(1);
        assertThat(unit(p, f.district).total()).isEqualTo(2);
    }

    @Test
    void anEmptyWindowHasNoBucketsAndNoAttainment() {
        Target target = weekly(d(2022, 10, 4), d(2022, 10, 6));
        f.broadcast(f.communeA, d(2022, 10, 5));
        TargetProgress p = engine.evaluate(target, f.plan, d(2022, 12, 1));
        assertThat(p.buckets()).isEmpty();
        assertThat(p.attainment()).isEmpty();
        assertThat(unit(p, f.communeA).total()).isEqualTo(1);
    }

    @Test
    void tombstonedAndEditedRecordsChangeTheNumbersAtOnce() {
        Target target = weekly(d(2022, 10, 1), d(2022, 10, 10));
        var airing = f.broadcast(f.communeA, d(2022, 10, 5));
        assertThat(engine.evaluate(target, f.plan, d(2022, 10, 10)).metPairs()).isEqualTo(1);
        store.broadcasts.delete(airing.meta().id());
        assertThat(engine.evaluate(target, f.plan, d(2022, 10, 10)).metPairs()).isZero();
        store.broadcasts.undelete(airing.meta().id());
        store.broadcasts.save(new vn.dxoutreach.domain.Broadcast(airing.meta(), d(2022, 10, 1), airing.slot(),
                airing.programTitle(), airing.production(), airing.minutes(), "", ""));
        assertThat(engine.evaluate(target, f.plan, d(2022, 10, 10)).metPairs()).isZero();
    }

    @Test
    void drillDownListsTheRecordsBehindANumber() {
        Target target = f.target("CT14", ActivityKind.BROADCAST, Measure.MINUTES, Cadence.MONTH, 30, d(2022, 3, 1),
                d(2022, 3, 31), TargetFilter.NONE);
        f.broadcast(f.villageA, d(2022, 3, 2), Production.NEW, 15, "");
        f.broadcast(f.communeA, d(2022, 3, 9), Production.RERUN, 20, "");
        f.broadcast(f.communeB, d(2022, 3, 9), Production.RERUN, 20, "");
        List<ActivityRef> refs = engine.activities(target, f.plan, f.communeA, d(2022, 3, 1), d(2022, 3, 31));
        assertThat(refs).extracting(ActivityRef::measureValue).containsExactly(15L, 20L);
        assertThat(refs.stream().mapToLong(ActivityRef::measureValue).sum())
                .isEqualTo(unit(engine.evaluate(target, f.plan, d(2022, 4, 1)), f.communeA).total());
    }

    @Test
    void cumulativeActualAndExpectedStepWithTheBuckets() {
        Target target = f.target("CT15", ActivityKind.BROADCAST, Measure.COUNT, Cadence.WEEK, 1, d(2022, 10, 3),
                d(2022, 10, 16), TargetFilter.NONE);
        f.broadcast(f.communeA, d(2022, 10, 4));
        List<CumulativePoint> points = engine.cumulative(target, f.plan, d(2022, 10, 12));
        assertThat(points).hasSize(10);
        assertThat(points.get(0).actual()).isZero();
        assertThat(points.get(1).actual()).isEqualTo(1);
        // the first week ends on 09/10: two communes × value 1 expected from then on
        assertThat(points.get(5).expected()).isZero();
        assertThat(points.get(6).expected()).isEqualTo(2.0);
    }
}
