package vn.dxoutreach.exchange.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

class DeadlineCompletenessTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    private final Unit district = unit("H01", null, null, null);
    private final Unit a = unit("X01", district, null, null);
    private final Unit b = unit("X02", district, null, null);
    private final Unit late = unit("X03", district, null, null);
    private final Unit newer = unit("X04", district, LocalDate.of(2025, 7, 1), null);
    private final UnitTree tree = new UnitTree(List.of(district, a, b, late, newer));
    private final ReportDeadline halfYear = deadline(ReportType.HALF_YEAR, LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 15));
    private final ReportDeadline event = deadline(ReportType.EVENT, LocalDate.of(2025, 10, 1),
            LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 20));

    @Test
    void dataReachingThePeriodsLastMonthByTheDueDayIsOnTimeAfterItLate() {
        List<ReceivedPackage> received = List.of(
                received(a, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 10)),
                received(late, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 20)),
                // B sent only its spring: not current up to the period's end
                received(b, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2)));

        DeadlineCompleteness.Table table = DeadlineCompleteness.of(district, tree, received, List.of(halfYear),
                LocalDate.of(2025, 8, 1), UTC);

        assertThat(table.rows()).extracting(r -> r.reports().get(0)).containsExactly(MonthStatus.ON_TIME,
                MonthStatus.MISSING, MonthStatus.LATE, MonthStatus.NOT_EXPECTED);
        assertThat(table.expected()).containsExactly(3);
        assertThat(table.reportingRate(0)).hasValue(2 / 3.0);
        assertThat(table.onTimeRate(0)).hasValue(1 / 3.0);
        assertThat(table.notReported(halfYear)).containsExactly(b);
    }

    @Test
    void beforeTheDueDayAMissingReportIsNotDueYetAndANewUnitIsExpected() {
        List<ReceivedPackage> received = List.of(
                received(newer, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 12)));

        DeadlineCompleteness.Table table = DeadlineCompleteness.of(district, tree, received,
                List.of(halfYear, event), LocalDate.of(2025, 10, 15), UTC);

        DeadlineCompleteness.Row newest = table.rows().get(3);
        assertThat(newest.reports()).containsExactly(MonthStatus.NOT_EXPECTED, MonthStatus.ON_TIME);
        assertThat(newest.arrivals().get(1)).isEqualTo(LocalDate.of(2025, 10, 12));
        assertThat(table.rows().get(0).reports().get(1)).isEqualTo(MonthStatus.NOT_DUE);
        assertThat(table.expected()).containsExactly(3, 4);
        assertThat(table.notReported(event)).containsExactly(a, b, late);
    }

    @Test
    void aCommuneMergedAwayBeforeTheDataTheReportNeedsIsNotExpected() {
        Unit merged = unit("X05", district, null, LocalDate.of(2025, 6, 30));
        ReportDeadline year = deadline(ReportType.YEAR, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 12, 15));
        UnitTree withMerged = new UnitTree(List.of(district, a, merged));

        DeadlineCompleteness.Table table = DeadlineCompleteness.of(district, withMerged, List.of(),
                List.of(halfYear, year), LocalDate.of(2026, 1, 5), UTC);

        // the half-year's data ends on 30/6, while it still existed; the year's on 30/11, after the merger
        assertThat(table.rows().get(1).reports()).containsExactly(MonthStatus.MISSING, MonthStatus.NOT_EXPECTED);
        assertThat(table.expected()).containsExactly(2, 1);
    }

    @Test
    void aReportDueBeforeItsPeriodEndsNeedsTheDataUpToTheLastCutOffDayBeforeTheDueDay() {
        ReportDeadline calendarHalfYear = deadline(ReportType.HALF_YEAR, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 15));
        // a's package made on the cut-off day 14/6 is current; b's made 4/6 holds data to the end of May only
        List<ReceivedPackage> received = List.of(
                received(a, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 14)),
                received(b, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 4)));

        DeadlineCompleteness.Table table = DeadlineCompleteness.of(district, tree, received,
                List.of(calendarHalfYear), LocalDate.of(2025, 6, 16), UTC);

        assertThat(table.rows()).extracting(r -> r.reports().get(0)).containsExactly(MonthStatus.ON_TIME,
                MonthStatus.MISSING, MonthStatus.MISSING, MonthStatus.NOT_EXPECTED);
    }

    private ReportDeadline deadline(ReportType type, LocalDate from, LocalDate to, LocalDate due) {
        return new ReportDeadline(RecordMeta.fresh(district.id(), Instant.EPOCH), UUID.randomUUID(), type, "", from,
                to, due, null);
    }

    private static ReceivedPackage received(Unit sender, LocalDate from, LocalDate to, LocalDate arrival) {
        long madeAndArrived = arrival.atStartOfDay(UTC).toInstant().toEpochMilli();
        return new ReceivedPackage(UUID.randomUUID(), sender.id(), from, to, madeAndArrived, madeAndArrived, 10);
    }

    private static Unit unit(String code, Unit parent, LocalDate from, LocalDate to) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, Instant.EPOCH, Instant.EPOCH, false), code, code, 3,
                parent == null ? null : parent.id(), from, to, List.of());
    }
}
