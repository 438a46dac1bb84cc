package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.Store;

/**
 * What is due next for a plan: the reports past their due day and not sent, then the soonest report
 * still ahead (all of them when several fall on that day), each with the units that have recorded
 * nothing in its period and the targets behind. The dashboard and the Báo cáo screen show it.
 */
public final class NextDue {

    private final Store store;
    private final ProgressEngine engine;

    public NextDue(Store store, ProgressEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /** The reports to act on for the plan as of today, overdue first, for the office's child units. */
    public List<DueReport> of(Plan plan, Unit office, LocalDate today) {
        List<DueReport> result = new ArrayList<>();
        for (ReportDeadline deadline : pending(store.deadlines.forPlan(plan), today)) {
            result.add(evaluate(plan, office, deadline, today));
        }
        return result;
    }

    /** The deadlines to show: unsent ones already past, then the next due day's. */
    static List<ReportDeadline> pending(List<ReportDeadline> deadlines, LocalDate today) {
        List<ReportDeadline> shown = new ArrayList<>();
        LocalDate next = null;
        for (ReportDeadline d : deadlines) {
            if (d.isOverdue(today)) {
                shown.add(d);
            } else if (!d.isSubmitted() && !d.due().isBefore(today) && (next == null || d.due().equals(next))) {
                next = d.due();
                shown.add(d);
            }
        }
        return shown;
    }

    /** One deadline's standing as of today. */
    public DueReport evaluate(Plan plan, Unit office, ReportDeadline deadline, LocalDate today) {
        boolean started = !today.isBefore(deadline.periodFrom());
        List<Unit> idle = List.of();
        List<TargetProgress> behind = List.of();
        if (started) {
            LocalDate to = today.isBefore(deadline.periodTo()) ? today : deadline.periodTo();
            idle = idleUnits(office, deadline.periodFrom(), to);
            // as of the day after the period, so that the buckets ending with it count as closed
            LocalDate asOf = today.isAfter(deadline.periodTo()) ? deadline.periodTo().plusDays(1) : today;
            behind = engine.evaluate(plan, asOf).targets().stream()
                    .filter(t -> t.status() == ProgressStatus.BEHIND)
                    .filter(t -> deadline.overlaps(t.windowFrom(), t.windowTo()))
                    .toList();
        }
        return new DueReport(deadline, deadline.daysLeft(today), deadline.isOverdue(today), started, idle, behind);
    }

    /** The office's child units that existed in the period and whose units recorded nothing in it. */
    private List<Unit> idleUnits(Unit office, LocalDate from, LocalDate to) {
        UnitTree tree = store.units.tree();
        Set<UUID> active = store.totals.active(from, to);
        List<Unit> idle = new ArrayList<>();
        for (Unit unit : tree.administrativeChildren(office.id())) {
            if (unit.existsBetween(from, to) && tree.contributors(unit.id()).stream().noneMatch(active::contains)) {
                idle.add(unit);
            }
        }
        return idle;
    }
}
