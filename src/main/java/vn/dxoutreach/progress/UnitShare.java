package vn.dxoutreach.progress;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How a share-of-units target stands: in each bucket, how many of its scoped units met the value, and
 * whether that is at least the target's share (docs/progress-rules.md, "Targets met by a share of
 * units").
 *
 * @param minPercent        the share of the scoped units that must meet the value in a bucket
 * @param scopedUnits       how many units are scoped
 * @param metUnitsPerBucket the units that met the value in each bucket, in bucket order (open and
 *                          future buckets: those that have reached it so far)
 * @param currentMetUnits   the units that met the value in the open bucket, or the last one once the
 *                          window has ended; empty when neither exists
 */
public record UnitShare(int minPercent, int scopedUnits, List<Integer> metUnitsPerBucket,
        OptionalInt currentMetUnits) {

    public UnitShare {
        metUnitsPerBucket = List.copyOf(metUnitsPerBucket);
    }

    /** Whether that many units meeting the value is at least the share; never with no unit scoped. */
    public boolean meets(int metUnits) {
        return scopedUnits > 0 && metUnits * 100L >= (long) minPercent * scopedUnits;
    }

    /** The share of the scoped units that met the value in the open (or last) bucket; empty when none. */
    public OptionalDouble currentShare() {
        return currentMetUnits.isEmpty() || scopedUnits == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(currentMetUnits.getAsInt() / (double) scopedUnits);
    }
}
