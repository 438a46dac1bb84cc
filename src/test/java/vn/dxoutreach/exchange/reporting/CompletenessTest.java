package vn.dxoutreach.exchange.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

class CompletenessTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final YearMonth JUNE = YearMonth.of(2025, 6);
    private static final YearMonth JULY = YearMonth.of(2025, 7);

    private final Unit district = unit("H01", null, null, null, List.of());
    private final Unit a = unit("X01", district, null, null, List.of());
    private final Unit b = unit("X02", district, null, LocalDate.of(2025, 6, 30), List.of());
    private final Unit c = unit("X03", district, LocalDate.of(2025, 7, 1), null, List.of(b.id()));
    private final UnitTree tree = new UnitTree(List.of(district, a, b, c));

    @Test
    void aMergedCommuneStopsBeingExpectedAndItsSuccessorStarts() {
        List<ReceivedPackage> received = List.of(
                received(a, JUNE, LocalDate.of(2025, 7, 3)),
                received(b, JUNE, LocalDate.of(2025, 7, 4)),
                received(a, JULY, LocalDate.of(2025, 8, 10)));

        Completeness.Table table = Completeness.of(district, tree, received, JUNE, JULY, 5, LocalDate.of(2025, 9, 1),
                UTC);

        assertThat(row(table, a).months()).containsExactly(MonthStatus.ON_TIME, MonthStatus.LATE);
        assertThat(row(table, b).months()).containsExactly(MonthStatus.ON_TIME, MonthStatus.NOT_EXPECTED);
        assertThat(row(table, c).months()).containsExactly(MonthStatus.NOT_EXPECTED, MonthStatus.MISSING);
        // June: A and B expected; July: A and C
        assertThat(table.expected()).isEqualTo(4);
        assertThat(table.received()).isEqualTo(3);
        assertThat(table.onTime()).isEqualTo(2);
        assertThat(table.reportingRate()).hasValue(0.75);
        assertThat(table.onTimeRate()).hasValue(0.5);
        assertThat(table.notReported(JULY)).containsExactly(c);
    }

    @Test
    void ratesNeverPassAHundredPercentWhenAUnitSendsTwice() {
        List<ReceivedPackage> received = List.of(
                received(a, JUNE, LocalDate.of(2025, 7, 2)),
                received(a, JUNE, LocalDate.of(2025, 7, 20)));
        Completeness.Table table = Completeness.of(district, tree, received, JUNE, JUNE, 5, LocalDate.of(2025, 9, 1),
                UTC);
        assertThat(row(table, a).reportingRate()).hasValue(1.0);
        assertThat(row(table, a).months()).containsExactly(MonthStatus.ON_TIME);
    }

    @Test
    void beforeTheDueDayNothingIsMissingYet() {
        Completeness.Table table = Completeness.of(district, tree, List.of(), JULY, JULY, 5, LocalDate.of(2025, 8, 4),
                UTC);
        assertThat(row(table, a).months()).containsExactly(MonthStatus.NOT_DUE);
    }

    @Test
    void aMonthNotYetDueIsNotCountedAsExpectedWhileItsDataIsNotIn() {
        List<ReceivedPackage> received = List.of(received(a, JUNE, LocalDate.of(2025, 7, 3)));

        Completeness.Table table = Completeness.of(district, tree, received, JUNE, JULY, 5, LocalDate.of(2025, 8, 4),
                UTC);

        // June: A on time, B missing; July (due 5/8) counts for nobody yet
        assertThat(table.expected()).isEqualTo(2);
        assertThat(table.reportingRate()).hasValue(0.5);
        assertThat(row(table, a).reportingRate()).hasValue(1.0);
    }

    @Test
    void dataArrivedBeforeTheDueDayCountsAsAnExpectedReportOnTime() {
        List<ReceivedPackage> received = List.of(received(a, JULY, LocalDate.of(2025, 8, 2)));

        Completeness.Table table = Completeness.of(district, tree, received, JULY, JULY, 5, LocalDate.of(2025, 8, 4),
                UTC);

        assertThat(row(table, a).expected()).isEqualTo(1);
        assertThat(row(table, a).onTimeRate()).hasValue(1.0);
    }

    @Test
    void aPackageMadeAfterAMonthWithoutActivityReportsThatMonth() {
        // nothing recorded in June; the package made on 2/7 carries only July's first day, not July
        ReceivedPackage july = new ReceivedPackage(UUID.randomUUID(), a.id(), LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 1), millis(LocalDate.of(2025, 7, 2)), millis(LocalDate.of(2025, 7, 3)), 1);

        Completeness.Table table = Completeness.of(district, tree, List.of(july), JUNE, JULY, 5,
                LocalDate.of(2025, 9, 1), UTC);

        assertThat(row(table, a).months()).containsExactly(MonthStatus.ON_TIME, MonthStatus.MISSING);
        assertThat(row(table, a).arrivals().get(0)).isEqualTo(LocalDate.of(2025, 7, 3));
    }

    @Test
    void anEmptyPackageMadeAfterAMonthReportsIt() {
        ReceivedPackage nothingNew = new ReceivedPackage(UUID.randomUUID(), a.id(), null, null,
                millis(LocalDate.of(2025, 8, 1)), millis(LocalDate.of(2025, 8, 6)), 0);

        Completeness.Table table = Completeness.of(district, tree, List.of(nothingNew), JULY, JULY, 5,
                LocalDate.of(2025, 9, 1), UTC);

        assertThat(row(table, a).months()).containsExactly(MonthStatus.LATE);
    }

    @Test
    void aMonthEndsOnItsDecree09CutOffDayTheFourteenth() {
        // month 6 runs 15/5–14/6: a package made on 16/6 is current for it, one made on 13/6 is not
        List<ReceivedPackage> received = List.of(
                new ReceivedPackage(UUID.randomUUID(), a.id(), LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 14),
                        millis(LocalDate.of(2025, 6, 16)), millis(LocalDate.of(2025, 6, 16)), 3),
                new ReceivedPackage(UUID.randomUUID(), b.id(), LocalDate.of(2025, 5, 15), LocalDate.of(2025, 6, 13),
                        millis(LocalDate.of(2025, 6, 13)), millis(LocalDate.of(2025, 6, 13)), 3));

        Completeness.Table table = Completeness.of(district, tree, received, JUNE, JUNE, 20, LocalDate.of(2025, 6, 21),
                UTC);

        assertThat(Completeness.firstDay(JUNE)).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(Completeness.due(JUNE, 20)).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(row(table, a).months()).containsExactly(MonthStatus.ON_TIME);
        assertThat(row(table, b).months()).containsExactly(MonthStatus.MISSING);
    }

    @Test
    void theMonthOfADayAndTheMonthBeingCollectedFollowTheCutOff() {
        assertThat(Completeness.monthOf(LocalDate.of(2025, 6, 14))).isEqualTo(JUNE);
        assertThat(Completeness.monthOf(LocalDate.of(2025, 6, 15))).isEqualTo(JULY);
        assertThat(Completeness.monthOf(LocalDate.of(2025, 12, 20))).isEqualTo(YearMonth.of(2026, 1));
        // due the 5th: month 6 (to 14/6) is collected until 5/7
        assertThat(Completeness.collecting(LocalDate.of(2025, 7, 5), 5)).isEqualTo(JUNE);
        assertThat(Completeness.collecting(LocalDate.of(2025, 7, 6), 5)).isEqualTo(JULY);
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay(UTC).toInstant().toEpochMilli();
    }

    private static Completeness.Row row(Completeness.Table table, Unit unit) {
        return table.rows().stream().filter(r -> r.unit().equals(unit)).findFirst().orElseThrow();
    }

    private static ReceivedPackage received(Unit sender, YearMonth month, LocalDate arrival) {
        // made the day it arrived, as a package sent by e-mail or Zalo is
        return new ReceivedPackage(UUID.randomUUID(), sender.id(), month.atDay(1), month.atEndOfMonth(), millis(arrival),
                millis(arrival), 10);
    }

    private static Unit unit(String code, Unit parent, LocalDate from, LocalDate to, List<UUID> predecessors) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, java.time.Instant.EPOCH, java.time.Instant.EPOCH, false), code, code,
                parent == null ? 2 : 3, parent == null ? null : parent.id(), from, to, predecessors);
    }
}
