package vn.dxoutreach.exchange.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;

/**
 * Whether each child unit's data for each of a plan's reports arrived by the report's due day. A
 * unit's data for a report has arrived when a package from it was made on or after the last day the
 * report needs: the period's end, or, for a report due before its period ends, the last cut-off day
 * (the 14th, Decree 09) before the due day (data to 14/6 makes a commune current for a six-month
 * report of 01/01–30/06 due 15/6).
 * Expected are the units that exist on that last day: a commune merged away before it is reported
 * for by its successor.
 */
public final class DeadlineCompleteness {

    /** One unit's reports, in the order of the deadlines. */
    public record Row(Unit unit, List<MonthStatus> reports, List<LocalDate> arrivals) {
    }

    /** The plan's deadlines, one row per child unit, and per deadline how many were expected and came. */
    public record Table(List<ReportDeadline> deadlines, List<Row> rows, List<Integer> expected,
            List<Integer> received, List<Integer> onTime) {

        /** Received ÷ expected for the deadline at the index; empty when nobody was expected. */
        public OptionalDouble reportingRate(int index) {
            return rate(received.get(index), expected.get(index));
        }

        public OptionalDouble onTimeRate(int index) {
            return rate(onTime.get(index), expected.get(index));
        }

        /** Units whose data for the deadline is missing or not yet in: the ones to call. */
        public List<Unit> notReported(ReportDeadline deadline) {
            int index = deadlines.indexOf(deadline);
            if (index < 0) {
                return List.of();
            }
            return rows.stream().filter(r -> r.reports().get(index) == MonthStatus.MISSING
                    || r.reports().get(index) == MonthStatus.NOT_DUE).map(Row::unit).toList();
        }

        private static OptionalDouble rate(int part, int whole) {
            return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(part / (double) whole);
        }
    }

    private DeadlineCompleteness() {
    }

    public static Table of(Unit office, UnitTree tree, List<ReceivedPackage> received, List<ReportDeadline> deadlines,
            LocalDate today, ZoneId zone) {
        Arrivals current = new Arrivals(received, zone);
        List<Row> rows = new ArrayList<>();
        int[] expected = new int[deadlines.size()];
        int[] arrived = new int[deadlines.size()];
        int[] onTime = new int[deadlines.size()];
        for (Unit unit : tree.administrativeChildren(office.id())) {
            List<MonthStatus> statuses = new ArrayList<>();
            List<LocalDate> arrivals = new ArrayList<>();
            for (int i = 0; i < deadlines.size(); i++) {
                ReportDeadline d = deadlines.get(i);
                LocalDate first = current.currentThrough(unit.id(), dataNeededUpTo(d));
                arrivals.add(first);
                MonthStatus status = status(unit, d, first, today);
                statuses.add(status);
                if (status != MonthStatus.NOT_EXPECTED) {
                    expected[i]++;
                    arrived[i] += first != null ? 1 : 0;
                    onTime[i] += status == MonthStatus.ON_TIME ? 1 : 0;
                }
            }
            rows.add(new Row(unit, List.copyOf(statuses), java.util.Collections.unmodifiableList(arrivals)));
        }
        return new Table(List.copyOf(deadlines), List.copyOf(rows), list(expected), list(arrived), list(onTime));
    }

    /**
     * The last day the unit's data must reach: the period's end, or, for a report due before its
     * period ends (a six-month report of 01/01–30/06 due 15/6), the last Decree 09 cut-off day (the 14th)
     * before the due day, as the monthly table counts months.
     */
    static LocalDate dataNeededUpTo(ReportDeadline d) {
        if (!d.due().isBefore(d.periodTo())) {
            return d.periodTo();
        }
        LocalDate dayBefore = d.due().minusDays(1);
        LocalDate lastCutOff = dayBefore.getDayOfMonth() >= ReportType.CUT_OFF_DAY
                ? dayBefore.withDayOfMonth(ReportType.CUT_OFF_DAY)
                : dayBefore.minusMonths(1).withDayOfMonth(ReportType.CUT_OFF_DAY);
        return lastCutOff.isBefore(d.periodFrom()) ? d.periodTo() : lastCutOff;
    }

    private static MonthStatus status(Unit unit, ReportDeadline d, LocalDate arrival, LocalDate today) {
        // a commune merged away before the last day the report needs cannot be current to it: its
        // successor reports for it; a commune formed by then reports from its first day
        if (!unit.existsOn(dataNeededUpTo(d))) {
            return MonthStatus.NOT_EXPECTED;
        }
        if (arrival != null) {
            return arrival.isAfter(d.due()) ? MonthStatus.LATE : MonthStatus.ON_TIME;
        }
        return today.isAfter(d.due()) ? MonthStatus.MISSING : MonthStatus.NOT_DUE;
    }

    private static List<Integer> list(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
