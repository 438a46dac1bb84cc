package vn.dxoutreach.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plan's monthly or quarterly reports (báo cáo tháng, báo cáo quý), switched on with the day of the
 * month they are due: one deadline for every month or quarter of the plan's period, each with the
 * Decree 09 period and due on the first such day after it. The deadlines are stored as rows like any
 * other (see docs/decisions/0016-recurring-monthly-and-quarterly-reports.md): the rule is what the
 * plan's generated rows that still wait say, so it travels in packages with them.
 *
 * @param dueDay the day of the month the report is due, 1–31 (a 31 in a short month is its last day)
 */
public record RecurringReports(ReportType type, int dueDay) {

    public RecurringReports {
        if (!type.isRecurring()) {
            throw new IllegalArgumentException(type + " does not recur");
        }
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("due day " + dueDay);
        }
    }

    /**
     * The periods of the type that share a day with the plan's period, in order, up to the last one of
     * the plan's last year: a plan of 2026 has the months 1/2026 (from 15/12/2025) to 12/2026 (to 14/12),
     * which make up its year report, as the seeds' defaults do.
     */
    public static List<ReportType.YearPeriod> periods(Plan plan, ReportType type) {
        List<ReportType.YearPeriod> result = new ArrayList<>();
        ReportType.YearPeriod last = type.periodOf(plan.periodTo());
        if (last.year() > plan.periodTo().getYear()) {
            last = new ReportType.YearPeriod(plan.periodTo().getYear(), type.periodsPerYear());
        }
        ReportType.YearPeriod p = type.periodOf(plan.periodFrom());
        while (p.year() < last.year() || (p.year() == last.year() && p.number() <= last.number())) {
            result.add(p);
            p = p.number() == type.periodsPerYear() ? new ReportType.YearPeriod(p.year() + 1, 1)
                    : new ReportType.YearPeriod(p.year(), p.number() + 1);
        }
        return result;
    }

    /** The deadline of one period, stamped with the given time. */
    public ReportDeadline deadline(Plan plan, ReportType.YearPeriod period, Instant stamp) {
        LocalDate to = type.periodTo(period.year(), period.number());
        RecordMeta meta = new RecordMeta(ReportDeadline.recurringId(plan.id(), type, period), plan.meta().unitId(),
                stamp, stamp, false);
        return new ReportDeadline(meta, plan.id(), type, "", type.periodFrom(period.year(), period.number()), to,
                ReportType.dueAfter(to, dueDay), null);
    }

    /** The deadlines of every period of the plan. */
    public List<ReportDeadline> deadlines(Plan plan, Instant stamp) {
        return periods(plan, type).stream().map(p -> deadline(plan, p, stamp)).toList();
    }

    /**
     * The rule the stored deadlines show: on while a generated deadline of the type is live and not
     * sent, due on the day of the month most of those are due on; nothing when none waits.
     */
    public static Optional<RecurringReports> of(ReportType type, Collection<ReportDeadline> live) {
        Map<Integer, Long> dueDays = live.stream()
                .filter(d -> d.type() == type && !d.meta().deleted() && !d.isSubmitted() && d.isGeneratedRecurring())
                .collect(Collectors.groupingBy(d -> dueDayOf(d), Collectors.counting()));
        return dueDays.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .map(day -> new RecurringReports(type, day));
    }

    /** The day of the month a deadline is due on, a short month's last day read as the 31st it stands for. */
    private static int dueDayOf(ReportDeadline d) {
        int day = d.due().getDayOfMonth();
        return day == d.due().lengthOfMonth() && day >= 28 ? 31 : day;
    }
}
