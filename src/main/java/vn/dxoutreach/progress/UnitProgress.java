package vn.dxoutreach.progress;

import java.util.List;
import java.util.OptionalDouble;
import vn.dxoutreach.domain.Unit;

/**
 * How one scoped unit stands on a target.
 *
 * @param actualPerBucket the measure summed in each bucket, in bucket order
 * @param pairs           the state of each (unit, bucket) pair, in bucket order
 * @param total           the measure summed over the window up to and including the "as of" day,
 *                        activities in partial edge periods included
 * @param currentProgress actual ÷ value in the open bucket (the last bucket once the window ended)
 * @param behind          PERIOD targets: actual below the expected-to-date amount; other cadences:
 *                        a closed bucket missed
 */
public record UnitProgress(
        Unit unit,
        List<Long> actualPerBucket,
        List<PairState> pairs,
        int closedBuckets,
        int metBuckets,
        long total,
        boolean fullyCompliant,
        OptionalDouble currentProgress,
        boolean behind) {
}
