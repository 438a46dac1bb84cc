package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;

class RecurringReportsTest {

    private final UUID office = UUID.randomUUID();
    private final Plan plan = new Plan(RecordMeta.fresh(office, Instant.EPOCH), "45/KH-UBND", "Kế hoạch", "UBND tỉnh",
            null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    @Test
    void aPlanOfACalendarYearHasTheTwelveMonthsAndFourQuartersOfItsYearReport() {
        // 1–14/1 lies in month 1 (15/12–14/1); 15–31/12 goes to the next year's reports, as for the year report
        List<ReportDeadline> monthly = new RecurringReports(ReportType.MONTHLY, 15).deadlines(plan, Instant.EPOCH);
        List<ReportDeadline> quarterly = new RecurringReports(ReportType.QUARTERLY, 20).deadlines(plan, Instant.EPOCH);

        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(0).periodFrom()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(monthly.get(2).periodFrom()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(monthly.get(2).periodTo()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(monthly.get(2).due()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(monthly.get(11).periodTo()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(quarterly).hasSize(4);
        assertThat(quarterly.get(0).due()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(monthly).allSatisfy(d -> assertThat(d.isGeneratedRecurring()).isTrue());
    }

    @Test
    void theDeadlinesOfAPeriodHaveTheSameIdWhoeverMakesThem() {
        var one = new RecurringReports(ReportType.MONTHLY, 15).deadlines(plan, Instant.EPOCH);
        var other = new RecurringReports(ReportType.MONTHLY, 20).deadlines(plan, Instant.now());

        assertThat(one).extracting(ReportDeadline::id).isEqualTo(other.stream().map(ReportDeadline::id).toList());
    }

    @Test
    void theRuleIsWhatTheWaitingDeadlinesSay() {
        List<ReportDeadline> rows = new ArrayList<>(new RecurringReports(ReportType.MONTHLY, 20)
                .deadlines(plan, Instant.EPOCH));
        // one month moved by hand to the 25th does not change the rule
        ReportDeadline moved = rows.get(3);
        rows.set(3, new ReportDeadline(moved.meta(), plan.id(), moved.type(), "", moved.periodFrom(),
                moved.periodTo(), moved.due().plusDays(5), null));

        assertThat(RecurringReports.of(ReportType.MONTHLY, rows)).contains(new RecurringReports(ReportType.MONTHLY, 20));
        assertThat(RecurringReports.of(ReportType.QUARTERLY, rows)).isEmpty();
        List<ReportDeadline> allSent = rows.stream().map(d -> new ReportDeadline(d.meta(), d.planId(), d.type(), "",
                d.periodFrom(), d.periodTo(), d.due(), d.due())).toList();
        assertThat(RecurringReports.of(ReportType.MONTHLY, allSent)).isEmpty();
    }

    @Test
    void theTitlesNameTheMonthAndTheQuarterTheFiguresEndIn() {
        Messages vi = Messages.vietnamese();
        var march = new RecurringReports(ReportType.MONTHLY, 15).deadlines(plan, Instant.EPOCH).get(2);
        var firstQuarter = new RecurringReports(ReportType.QUARTERLY, 15).deadlines(plan, Instant.EPOCH).get(0);

        assertThat(march.title(vi)).isEqualTo("Báo cáo tháng 03/2026");
        assertThat(firstQuarter.title(vi)).isEqualTo("Báo cáo quý 1/2026");
    }
}
