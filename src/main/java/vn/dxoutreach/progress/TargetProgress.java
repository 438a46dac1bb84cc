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
 * @param unitShare       a share-of-units target's units meeting the value bucket by bucket; null for
 *                        any other target. Such a target's pairs are its buckets: closed and met pairs
 *                        count buckets, met when the share of units is reached.
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
        ProgressStatus status,
        UnitShare unitShare) {

    /** The progress of a target each of whose units stands on its own. */
    public TargetProgress(Target target, LocalDate windowFrom, LocalDate windowTo, LocalDate asOf, List<Bucket> buckets,
            List<UnitProgress> units, int closedPairs, int metPairs, OptionalDouble attainment,
            int fullyCompliantUnits, int scopedUnits, OptionalDouble currentProgress, OptionalDouble expectedToDate,
            ProgressStatus status) {
        this(target, windowFrom, windowTo, asOf, buckets, units, closedPairs, metPairs, attainment, fullyCompliantUnits,
                scopedUnits, currentProgress, expectedToDate, status, null);
    }
}
