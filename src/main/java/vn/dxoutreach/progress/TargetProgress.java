package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import vn.dxoutreach.domain.Target;

/**
 * A target evaluated as of a day, by the rules of docs/progress-rules.md.
 *
 * @param attainment      met closed pairs ÷ closed pairs; empty while no bucket is closed ("—")
 * @param currentProgress the open (or last) bucket's actual ÷ value, summed over the scoped units
 * @param expectedToDate  PERIOD targets: value × elapsed days ÷ window days, per unit; empty otherwise
 */
public record TargetProgress(
        Target target,
        LocalDate windowFrom,
        LocalDate windowTo,
        LocalDate asOf,
        List<Bucket> buckets,
        List<UnitProgress> units,
        int closedPairs,
        int metPairs,
        OptionalDouble attainment,
        int fullyCompliantUnits,
        int scopedUnits,
        OptionalDouble currentProgress,
        OptionalDouble expectedToDate,
        ProgressStatus status) {
}
