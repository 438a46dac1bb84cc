package vn.dxoutreach.progress;

import java.util.List;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Unit;

/**
 * A report still to send, and what is missing for it: the office's child units with no activity
 * recorded in the report's period so far, and the plan's targets behind at the period's end (or
 * today, while the period runs).
 *
 * @param daysLeft  days from today to the due day; negative once it has passed
 * @param started   whether the report's period has begun (before it, nothing can be missing)
 */
public record DueReport(ReportDeadline deadline, long daysLeft, boolean overdue, boolean started,
        List<Unit> idleUnits, List<TargetProgress> behindTargets) {

    public DueReport {
        idleUnits = List.copyOf(idleUnits);
        behindTargets = List.copyOf(behindTargets);
    }
}
