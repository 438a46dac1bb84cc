package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;

class ReportDeadlineRepositoryTest {

    @TempDir
    Path folder;

    private static Plan plan(Store store, Unit office, LocalDate from, LocalDate to) {
        return store.plans.save(new Plan(RecordMeta.fresh(office.id(), StoreFixture.NOW), "96/KH-UBND",
                "Tuyên truyền chuyển đổi số", "UBND huyện", null, from, to));
    }

    @Test
    void aPlanGetsTheSeedsDeadlinesForEveryYearOfItsPeriod() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));

            List<ReportDeadline> deadlines = store.deadlines.forPlan(plan);

            assertThat(deadlines).extracting(ReportDeadline::due).containsExactly(
                    LocalDate.of(2023, 6, 15), LocalDate.of(2023, 10, 20), LocalDate.of(2023, 12, 15),
                    LocalDate.of(2024, 6, 15), LocalDate.of(2024, 10, 20), LocalDate.of(2024, 12, 15));
            ReportDeadline event = deadlines.get(1);
            assertThat(event.type()).isEqualTo(ReportType.EVENT);
            assertThat(event.periodFrom()).isEqualTo(LocalDate.of(2023, 10, 1));
            assertThat(event.periodTo()).isEqualTo(LocalDate.of(2023, 10, 10));
            assertThat(event.meta().unitId()).isEqualTo(district.id());
        }
    }

    private static List<ReportDeadline> monthly(Store store, Plan plan) {
        return store.deadlines.forPlan(plan).stream().filter(d -> d.type() == ReportType.MONTHLY).toList();
    }

    @Test
    void switchingMonthlyReportsOnMakesTheDeadlineOfEveryMonthStillOwed() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

            store.deadlines.setRecurring(plan, ReportType.MONTHLY, 15);

            // today is 01/7/2024: months 7 (15/6–14/7, due 15/7) to 12; the months before were never asked for
            List<ReportDeadline> months = monthly(store, plan);
            assertThat(months).extracting(ReportDeadline::due).containsExactly(LocalDate.of(2024, 7, 15),
                    LocalDate.of(2024, 8, 15), LocalDate.of(2024, 9, 15), LocalDate.of(2024, 10, 15),
                    LocalDate.of(2024, 11, 15), LocalDate.of(2024, 12, 15));
            assertThat(months.get(0).periodFrom()).isEqualTo(LocalDate.of(2024, 6, 15));
            assertThat(months.get(0).periodTo()).isEqualTo(LocalDate.of(2024, 7, 14));
            assertThat(months).allSatisfy(d -> assertThat(d.meta().updatedAt()).isEqualTo(StoreFixture.NOW));
            assertThat(store.deadlines.recurring(plan, ReportType.MONTHLY)).map(r -> r.dueDay()).contains(15);
            assertThat(store.deadlines.recurring(plan, ReportType.QUARTERLY)).isEmpty();
        }
    }

    @Test
    void aNewDueDayMovesTheDeadlinesNotSentAndSwitchingOffKeepsTheSentOnes() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            store.deadlines.setRecurring(plan, ReportType.MONTHLY, 15);
            ReportDeadline july = monthly(store, plan).get(0);
            store.deadlines.markSent(plan, ReportType.MONTHLY, july.periodFrom(), july.periodTo(),
                    LocalDate.of(2024, 7, 15));

            store.deadlines.setRecurring(plan, ReportType.MONTHLY, 5);

            // due the 5th: month 6 (to 14/6) is due 5/7, still owed today, and joins; month 7 was sent on the 15th
            assertThat(monthly(store, plan)).extracting(ReportDeadline::due).containsExactly(LocalDate.of(2024, 7, 5),
                    LocalDate.of(2024, 7, 15), LocalDate.of(2024, 9, 5), LocalDate.of(2024, 10, 5),
                    LocalDate.of(2024, 11, 5), LocalDate.of(2024, 12, 5), LocalDate.of(2025, 1, 5));

            store.deadlines.setRecurring(plan, ReportType.MONTHLY, null);

            assertThat(monthly(store, plan)).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(july.id());
                assertThat(d.submittedOn()).isEqualTo(LocalDate.of(2024, 7, 15));
            });
            assertThat(store.deadlines.recurring(plan, ReportType.MONTHLY)).isEmpty();
        }
    }

    @Test
    void aPlanWhosePeriodGrowsGetsTheNewQuartersWhileQuarterlyReportsAreOn() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            store.deadlines.setRecurring(plan, ReportType.QUARTERLY, 20);
            store.deadlines.delete(store.deadlines.forPlan(plan).stream()
                    .filter(d -> d.type() == ReportType.QUARTERLY).findFirst().orElseThrow().id());
            Plan longer = store.plans.save(new Plan(plan.meta(), plan.symbol(), plan.title(), plan.issuingBody(),
                    plan.issuedOn(), plan.periodFrom(), LocalDate.of(2025, 12, 31)));

            List<ReportDeadline> quarters = store.deadlines.forPlan(longer).stream()
                    .filter(d -> d.type() == ReportType.QUARTERLY).toList();

            // quarter 3/2024 deleted by hand stays deleted; quarter 4/2024 and the four of 2025 are there
            assertThat(quarters).extracting(ReportDeadline::due).containsExactly(LocalDate.of(2024, 12, 20),
                    LocalDate.of(2025, 3, 20), LocalDate.of(2025, 6, 20), LocalDate.of(2025, 9, 20),
                    LocalDate.of(2025, 12, 20));
        }
    }

    @Test
    void reportsWhosePeriodLiesOutsideThePlanAreNotDefaults() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30));

            assertThat(store.deadlines.forPlan(plan)).extracting(ReportDeadline::type)
                    .containsExactly(ReportType.YEAR);
        }
    }

    @Test
    void anEditedDeadlineSurvivesAReopenAndADeletedDefaultDoesNotComeBack() {
        Plan plan;
        ReportDeadline edited;
        ReportDeadline deleted;
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            List<ReportDeadline> defaults = store.deadlines.forPlan(plan);
            ReportDeadline halfYear = defaults.get(0);
            edited = store.deadlines.save(new ReportDeadline(halfYear.meta(), plan.id(), halfYear.type(),
                    "Báo cáo sơ kết", halfYear.periodFrom(), LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 10),
                    LocalDate.of(2024, 6, 9)));
            deleted = defaults.get(2);
            store.deadlines.delete(deleted.id());
        }
        try (Store store = StoreFixture.open(folder)) {
            List<ReportDeadline> again = store.deadlines.forPlan(plan);

            assertThat(again).hasSize(2);
            assertThat(again.get(0)).isEqualTo(edited);
            assertThat(again).extracting(ReportDeadline::id).doesNotContain(deleted.id());
        }
    }

    @Test
    void aCustomDeadlineIsStoredBesideTheDefaultsInDueOrder() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            ReportDeadline quarter = store.deadlines.save(new ReportDeadline(
                    RecordMeta.fresh(district.id(), StoreFixture.NOW), plan.id(), ReportType.CUSTOM,
                    "Báo cáo quý III", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30),
                    LocalDate.of(2024, 10, 5), null));

            List<ReportDeadline> all = store.deadlines.forPlan(plan);

            assertThat(all).hasSize(4);
            assertThat(all.get(1)).isEqualTo(quarter);
        }
    }

    @Test
    void twoOfficesFillingInTheSamePlansDefaultsMakeTheSameRecords() {
        try (Store a = StoreFixture.open(folder.resolve("a")); Store b = StoreFixture.open(folder.resolve("b"))) {
            Unit district = StoreFixture.unit(a, "H01", "Huyện A", 2, null);
            b.units.put(district);
            Plan plan = plan(a, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            b.plans.put(plan);

            assertThat(b.deadlines.forPlan(plan)).extracting(ReportDeadline::id)
                    .containsExactlyElementsOf(a.deadlines.forPlan(plan).stream().map(ReportDeadline::id).toList());
        }
    }

    @Test
    void aPlanWhosePeriodGrewGetsTheNewYearsDefaults() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Plan plan = plan(store, district, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
            store.deadlines.forPlan(plan);
            Plan longer = store.plans.save(new Plan(plan.meta(), plan.symbol(), plan.title(), plan.issuingBody(),
                    null, plan.periodFrom(), LocalDate.of(2025, 12, 31)));

            assertThat(store.deadlines.ensureDefaults(longer)).isEqualTo(3);
            assertThat(store.deadlines.forPlan(longer)).hasSize(6);
        }
    }
}
