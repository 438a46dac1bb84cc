package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

class NextDueTest {

    @TempDir
    Path folder;

    private static List<DueReport> due(ProgressFixture f, LocalDate today) {
        return new NextDue(f.store, new ProgressEngine(f.store)).of(f.plan, f.district, today);
    }

    @Test
    void theNextReportIsTheSoonestDueWithItsDaysLeft() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);

            List<DueReport> due = due(f, LocalDate.of(2022, 6, 3));

            assertThat(due).hasSize(1);
            assertThat(due.get(0).deadline().type()).isEqualTo(ReportType.HALF_YEAR);
            assertThat(due.get(0).daysLeft()).isEqualTo(12);
            assertThat(due.get(0).overdue()).isFalse();
        }
    }

    @Test
    void unitsWithNoActivityInThePeriodAreListedCountingTheirVillages() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            f.broadcast(f.villageA, LocalDate.of(2022, 3, 1));
            // the six-month report counts from 15/12 of the year before (Decree 09): the 14th is before it
            f.broadcast(f.communeB, LocalDate.of(2021, 12, 14));

            DueReport next = due(f, LocalDate.of(2022, 6, 3)).get(0);

            assertThat(next.idleUnits()).extracting(Unit::name).containsExactly("Xã Bình");
        }
    }

    @Test
    void aUnitMergedAwayBeforeThePeriodIsNotExpected() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            StoreFixture.unit(store, "X09", "Xã Cũ", 3, f.district, null, LocalDate.of(2021, 12, 14), List.of());
            f.broadcast(f.communeA, LocalDate.of(2022, 3, 1));
            f.broadcast(f.communeB, LocalDate.of(2022, 3, 1));

            assertThat(due(f, LocalDate.of(2022, 6, 3)).get(0).idleUnits()).isEmpty();
        }
    }

    @Test
    void targetsBehindAtThePeriodsEndAreListedAndOnlyThoseOfThePeriod() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            f.target("CT1", ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 1, null, null, TargetFilter.NONE);
            f.target("CT2", ActivityKind.BANNER, Measure.QUANTITY, Cadence.PERIOD, 5, LocalDate.of(2022, 10, 1),
                    LocalDate.of(2022, 10, 10), TargetFilter.NONE);

            DueReport halfYear = due(f, LocalDate.of(2022, 6, 3)).get(0);

            assertThat(halfYear.behindTargets()).extracting(t -> t.target().code()).containsExactly("CT1");
        }
    }

    @Test
    void aPastDeadlineWithNoReportIsOverdueAndShownBeforeTheNext() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);

            List<DueReport> due = due(f, LocalDate.of(2022, 6, 20));

            assertThat(due).extracting(d -> d.deadline().type()).containsExactly(ReportType.HALF_YEAR,
                    ReportType.EVENT);
            assertThat(due.get(0).overdue()).isTrue();
            assertThat(due.get(0).daysLeft()).isEqualTo(-5);
        }
    }

    @Test
    void theMonthlyReportJustClosedIsDueNextWithItsOwnPeriodsIdleUnits() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            // months 1–5 of 2022 sent, the others waiting, due on the 20th
            List<ReportDeadline> months = new vn.dxoutreach.domain.RecurringReports(ReportType.MONTHLY, 20)
                    .deadlines(f.plan, StoreFixture.NOW).stream()
                    .map(d -> d.periodTo().isBefore(LocalDate.of(2022, 6, 1)) ? new ReportDeadline(d.meta(),
                            d.planId(), d.type(), "", d.periodFrom(), d.periodTo(), d.due(), d.due()) : d).toList();
            store.deadlines.putAll(months);
            f.broadcast(f.communeA, LocalDate.of(2022, 5, 20));
            f.broadcast(f.communeB, LocalDate.of(2022, 5, 10));

            List<DueReport> due = due(f, LocalDate.of(2022, 6, 16));

            assertThat(due).extracting(d -> d.deadline().type()).containsExactly(ReportType.HALF_YEAR,
                    ReportType.MONTHLY);
            DueReport june = due.get(1);
            assertThat(june.deadline().title(vn.dxoutreach.text.Messages.vietnamese())).isEqualTo("Báo cáo tháng 06/2022");
            assertThat(june.daysLeft()).isEqualTo(4);
            // 15/5–14/6: Xã Bình's broadcast of 10/5 belongs to month 5
            assertThat(june.idleUnits()).extracting(Unit::name).containsExactly("Xã Bình");
        }
    }

    @Test
    void aSentReportIsNoLongerDue() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            ReportDeadline halfYear = store.deadlines.forPlan(f.plan).get(0);
            store.deadlines.save(new ReportDeadline(halfYear.meta(), halfYear.planId(), halfYear.type(), "",
                    halfYear.periodFrom(), halfYear.periodTo(), halfYear.due(), LocalDate.of(2022, 6, 14)));

            assertThat(due(f, LocalDate.of(2022, 6, 20))).extracting(d -> d.deadline().type())
                    .containsExactly(ReportType.EVENT);
        }
    }

    @Test
    void beforeItsPeriodBeginsNothingIsMissingForAReport() {
        try (Store store = StoreFixture.open(folder)) {
            ProgressFixture f = new ProgressFixture(store);
            store.deadlines.save(new ReportDeadline(RecordMeta.fresh(f.district.id(), StoreFixture.NOW),
                    f.plan.id(), ReportType.CUSTOM, "Báo cáo nhanh", LocalDate.of(2022, 6, 12),
                    LocalDate.of(2022, 6, 13), LocalDate.of(2022, 6, 14), null));

            DueReport quarter = due(f, LocalDate.of(2022, 6, 10)).get(0);

            assertThat(quarter.started()).isFalse();
            assertThat(quarter.idleUnits()).isEmpty();
        }
    }
}
