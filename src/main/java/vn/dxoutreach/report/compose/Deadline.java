package vn.dxoutreach.report.compose;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.dxoutreach.domain.Plan;

/** A report a plan calls for, and when it is due. */
public record Deadline(ReportType type, int year, LocalDate due) {

    /** Days from today to the due day (negative once passed). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due);
    }

    /** The reports of every year of the plan's period still due on or after today, soonest first. */
    public static List<Deadline> upcoming(Plan plan, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        for (int year = plan.periodFrom().getYear(); year <= plan.periodTo().getYear(); year++) {
            for (ReportType type : List.of(ReportType.HALF_YEAR, ReportType.EVENT, ReportType.YEAR)) {
                LocalDate due = type.due(year);
                if (!due.isBefore(today) && !type.periodFrom(year).isAfter(plan.periodTo())) {
                    deadlines.add(new Deadline(type, year, due));
                }
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::due));
        return deadlines;
    }
}
