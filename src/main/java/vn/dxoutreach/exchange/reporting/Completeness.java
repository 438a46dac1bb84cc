package vn.dxoutreach.exchange.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

/**
 * Who has reported, month by month, as DHIS2 counts reporting rates. The months are those of Decree
 * 09/2019/NĐ-CP, the same as the monthly reports': month M runs from the 15th of month M-1 to the 14th
 * of M, the cut-off day. A unit is expected for a month when it exists on the cut-off day (a commune
 * merged away stops being expected, its successor starts); its data arrived when a package from it
 * made on or after the cut-off day was received (a package carries every change since the one before
 * it); on time when it arrived by the due day, the first day of the month with the chosen number after
 * the cut-off (due the 5th: 5 of month M+1; due the 20th: 20 of month M). Rates are over expected
 * reports, so they never pass 100%; a month whose due day has not come is expected only once its data
 * arrived, so that the current month does not pull the rates down before anyone could have sent it.
 */
public final class Completeness {

    /** One unit's months. */
    public record Row(Unit unit, List<MonthStatus> months, List<LocalDate> arrivals, int expected, int received,
            int onTime) {

        public OptionalDouble reportingRate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(received / (double) expected);
        }

        public OptionalDouble onTimeRate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(onTime / (double) expected);
        }
    }

    /** The table: months, one row per child unit, and the overall rates. */
    public record Table(List<YearMonth> months, List<Row> rows, int expected, int received, int onTime) {

        public OptionalDouble reportingRate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(received / (double) expected);
        }

        public OptionalDouble onTimeRate() {
            return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(onTime / (double) expected);
        }

        /** Units whose data for the month is missing or not yet in: the ones to call. */
        public List<Unit> notReported(YearMonth month) {
            int index = months.indexOf(month);
            if (index < 0) {
                return List.of();
            }
            return rows.stream().filter(r -> r.months().get(index) == MonthStatus.MISSING
                    || r.months().get(index) == MonthStatus.NOT_DUE).map(Row::unit).toList();
        }
    }

    private Completeness() {
    }

    /** The last day of month M's figures: the 14th of M (Decree 09). */
    public static LocalDate cutOff(YearMonth month) {
        return month.atDay(ReportType.CUT_OFF_DAY);
    }

    /** The first day of month M's figures: the 15th of the month before. */
    public static LocalDate firstDay(YearMonth month) {
        return month.minusMonths(1).atDay(ReportType.CUT_OFF_DAY + 1);
    }

    /** The day month M's data is due: the first day numbered {@code dueDay} after its cut-off day. */
    public static LocalDate due(YearMonth month, int dueDay) {
        return ReportType.dueAfter(cutOff(month), dueDay);
    }

    /** The month (Decree 09) a day's figures belong to: 20/3 is in month 4 (15/3–14/4). */
    public static YearMonth monthOf(LocalDate day) {
        ReportType.YearPeriod p = ReportType.MONTHLY.periodOf(day);
        return YearMonth.of(p.year(), p.number());
    }

    /**
     * The month whose data is being collected on the day: the month last cut off until its due day has
     * passed, then the one running.
     */
    public static YearMonth collecting(LocalDate today, int dueDay) {
        YearMonth previous = monthOf(today).minusMonths(1);
        return today.isAfter(due(previous, dueDay)) ? monthOf(today) : previous;
    }

    /**
     * @param dueDay the day of the month, after the cut-off, by which a month's data is due (e.g. 5)
     * @param today  months whose due day has not come are NOT_DUE when nothing arrived
     */
    public static Table of(Unit office, UnitTree tree, List<ReceivedPackage> received, YearMonth first,
            YearMonth last, int dueDay, LocalDate today, ZoneId zone) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        Arrivals arrivals = new Arrivals(received, zone);
        List<Row> rows = new ArrayList<>();
        int expected = 0;
        int arrived = 0;
        int onTime = 0;
        for (Unit unit : tree.administrativeChildren(office.id())) {
            List<MonthStatus> statuses = new ArrayList<>();
            List<LocalDate> unitArrivals = new ArrayList<>();
            int unitExpected = 0;
            int unitArrived = 0;
            int unitOnTime = 0;
            for (YearMonth month : months) {
                LocalDate due = due(month, dueDay);
                LocalDate firstArrival = arrivals.currentThrough(unit.id(), cutOff(month));
                unitArrivals.add(firstArrival);
                MonthStatus status;
                // expected when it exists on the month's cut-off day, the day its package must reach
                if (!unit.existsOn(cutOff(month))) {
                    status = MonthStatus.NOT_EXPECTED;
                } else if (firstArrival != null) {
                    status = firstArrival.isAfter(due) ? MonthStatus.LATE : MonthStatus.ON_TIME;
                } else {
                    status = today.isAfter(due) ? MonthStatus.MISSING : MonthStatus.NOT_DUE;
                }
                statuses.add(status);
                // a month not yet due is expected only once its data is in: the rates are of reports owed
                if (status != MonthStatus.NOT_EXPECTED && status != MonthStatus.NOT_DUE) {
                    unitExpected++;
                    unitArrived += status == MonthStatus.ON_TIME || status == MonthStatus.LATE ? 1 : 0;
                    unitOnTime += status == MonthStatus.ON_TIME ? 1 : 0;
                }
            }
            rows.add(new Row(unit, List.copyOf(statuses), java.util.Collections.unmodifiableList(unitArrivals),
                    unitExpected, unitArrived, unitOnTime));
            expected += unitExpected;
            arrived += unitArrived;
            onTime += unitOnTime;
        }
        return new Table(List.copyOf(months), List.copyOf(rows), expected, arrived, onTime);
    }

}
