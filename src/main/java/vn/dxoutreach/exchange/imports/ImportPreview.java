package vn.dxoutreach.exchange.imports;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TeamMember;
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
        Map<ActivityKind, List<ActivityRecord>> activities,
        List<TeamMember> members) {

    public ImportPreview {
        problems = List.copyOf(problems);
        counts = List.copyOf(counts);
        units = List.copyOf(units);
        plans = List.copyOf(plans);
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
        members = List.copyOf(members);
        Map<ActivityKind, List<ActivityRecord>> copied = new EnumMap<>(ActivityKind.class);
        activities.forEach((kind, records) -> copied.put(kind, List.copyOf(records)));
        activities = Collections.unmodifiableMap(copied);
    }

    /** The activities of a kind to add or update. */
    public List<ActivityRecord> activities(ActivityKind kind) {
        return activities.getOrDefault(kind, List.of());
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
