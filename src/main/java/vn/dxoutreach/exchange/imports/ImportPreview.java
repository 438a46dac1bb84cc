package vn.dxoutreach.exchange.imports;

import java.util.List;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;

/**
 * The result of checking an import before anything is written: every problem found, or what the
 * import would add and update, sheet by sheet. Only a preview without problems can be written.
 */
public record ImportPreview(
        List<ImportProblem> problems,
        List<SheetCounts> counts,
        List<Unit> units,
        List<Plan> plans,
        List<Target> targets,
        List<ReportDeadline> deadlines,
        List<Broadcast> broadcasts,
        List<Banner> banners,
        List<TeamSession> sessions,
        List<TeamMember> members) {

    public ImportPreview {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        units = List.copyOf(units);
        plans = List.copyOf(plans);
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
        broadcasts = List.copyOf(broadcasts);
        banners = List.copyOf(banners);
        sessions = List.copyOf(sessions);
        members = List.copyOf(members);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Rows that become new records. */
    public int added() {
        return counts.stream().mapToInt(SheetCounts::added).sum();
    }

    /** Rows that change an existing record; the user confirms these before writing. */
    public int updated() {
        return counts.stream().mapToInt(SheetCounts::updated).sum();
    }

    public int unchanged() {
        return counts.stream().mapToInt(SheetCounts::unchanged).sum();
    }

    /** Whether writing would change anything. */
    public boolean changesSomething() {
        return added() + updated() > 0;
    }
}
