package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Decree 09/2019/NĐ-CP, Art. 12: figures cut off on the 14th, counted from the 15th of the month before. */
class ReportTypeTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void aMonthlyReportRunsFromTheFifteenthOfTheMonthBeforeToTheFourteenth() {
        assertThat(ReportType.MONTHLY.periodFrom(2026, 3)).isEqualTo(d(2026, 2, 15));
        assertThat(ReportType.MONTHLY.periodTo(2026, 3)).isEqualTo(d(2026, 3, 14));
        // January's figures start in December of the year before
        assertThat(ReportType.MONTHLY.periodFrom(2026, 1)).isEqualTo(d(2025, 12, 15));
        assertThat(ReportType.MONTHLY.periodTo(2026, 1)).isEqualTo(d(2026, 1, 14));
    }

    @Test
    void aQuarterlyReportRunsFromTheFifteenthOfTheMonthBeforeTheQuarterToTheFourteenthOfItsLastMonth() {
        assertThat(ReportType.QUARTERLY.periodFrom(2026, 1)).isEqualTo(d(2025, 12, 15));
        assertThat(ReportType.QUARTERLY.periodTo(2026, 1)).isEqualTo(d(2026, 3, 14));
        assertThat(ReportType.QUARTERLY.periodFrom(2026, 3)).isEqualTo(d(2026, 6, 15));
        assertThat(ReportType.QUARTERLY.periodTo(2026, 3)).isEqualTo(d(2026, 9, 14));
        assertThat(ReportType.QUARTERLY.periodTo(2026, 4)).isEqualTo(ReportType.YEAR.periodTo(2026));
    }

    @Test
    void aDayBelongsToThePeriodItsCutOffClosesNext() {
        assertThat(ReportType.MONTHLY.periodOf(d(2026, 3, 14))).isEqualTo(new ReportType.YearPeriod(2026, 3));
        assertThat(ReportType.MONTHLY.periodOf(d(2026, 3, 15))).isEqualTo(new ReportType.YearPeriod(2026, 4));
        assertThat(ReportType.MONTHLY.periodOf(d(2025, 12, 31))).isEqualTo(new ReportType.YearPeriod(2026, 1));
        assertThat(ReportType.QUARTERLY.periodOf(d(2026, 3, 20))).isEqualTo(new ReportType.YearPeriod(2026, 2));
        assertThat(ReportType.QUARTERLY.periodOf(d(2025, 12, 15))).isEqualTo(new ReportType.YearPeriod(2026, 1));
    }

    @Test
    void theReportWrittenAroundADayIsTheOneJustClosedForHalfAMonth() {
        // on 18/3 the report of month 3 (to 14/3) is the one due; on 10/3 month 3 is still running
        assertThat(ReportType.MONTHLY.periodReportedAround(d(2026, 3, 18))).isEqualTo(new ReportType.YearPeriod(2026, 3));
        assertThat(ReportType.MONTHLY.periodReportedAround(d(2026, 3, 10))).isEqualTo(new ReportType.YearPeriod(2026, 3));
        assertThat(ReportType.QUARTERLY.periodReportedAround(d(2026, 3, 20))).isEqualTo(new ReportType.YearPeriod(2026, 1));
    }

    @Test
    void theDueDayIsTheFirstDayWithThatNumberAfterThePeriod() {
        assertThat(ReportType.dueAfter(d(2026, 3, 14), 15)).isEqualTo(d(2026, 3, 15));
        assertThat(ReportType.dueAfter(d(2026, 3, 14), 20)).isEqualTo(d(2026, 3, 20));
        assertThat(ReportType.dueAfter(d(2026, 3, 14), 5)).isEqualTo(d(2026, 4, 5));
        assertThat(ReportType.dueAfter(d(2026, 3, 14), 14)).isEqualTo(d(2026, 4, 14));
        // the 31st in a short month is its last day
        assertThat(ReportType.dueAfter(d(2026, 2, 14), 31)).isEqualTo(d(2026, 2, 28));
        assertThatThrownBy(() -> ReportType.dueAfter(d(2026, 2, 14), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMonthThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> ReportType.MONTHLY.periodTo(2026, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportType.QUARTERLY.periodFrom(2026, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOneReportTypesKeepTheirPeriods() {
        assertThat(ReportType.YEAR.periodFrom(2026)).isEqualTo(d(2025, 12, 15));
        assertThat(ReportType.HALF_YEAR.periodTo(2026)).isEqualTo(d(2026, 6, 14));
        assertThat(ReportType.EVENT.periodFrom(2026, 1)).isEqualTo(d(2026, 10, 1));
    }
}
