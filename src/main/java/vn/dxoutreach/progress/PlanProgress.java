package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.List;
import vn.dxoutreach.domain.Plan;

/** Every live target of a plan, evaluated as of a day. */
public record PlanProgress(Plan plan, LocalDate asOf, List<TargetProgress> targets) {
}
