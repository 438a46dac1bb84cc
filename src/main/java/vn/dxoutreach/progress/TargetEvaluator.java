package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Target;

/**
 * Rules 3 to 7 of docs/progress-rules.md over the scoped units' daily amounts: pure arithmetic,
 * no I/O, so that the numbers are the same wherever they are shown.
 */
final class TargetEvaluator {

    /** At least this share of met pairs (or of units not behind) is on track. */
    static final double ON_TRACK = 0.9;
    /** Below this share a target is behind; in between it is at risk. */
    static final double AT_RISK = 0.6;

    private TargetEvaluator() {
    }

    static TargetProgress evaluate(Target target, LocalDate from, LocalDate to, LocalDate asOf,
            List<ScopedSeries> scoped) {
        List<Bucket> buckets = Buckets.of(target.cadence(), from, to, asOf);
        Bucket current = currentBucket(buckets, to, asOf);
        long value = target.value();
        OptionalDouble expected = target.cadence() == Cadence.PERIOD
                ? OptionalDouble.of(value * (double) elapsedDays(from, to, asOf) / windowDays(from, to))
                : OptionalDouble.empty();
        List<UnitProgress> units = new ArrayList<>(scoped.size());
        int closedPairs = 0;
        int metPairs = 0;
        int compliant = 0;
        long currentActual = 0;
        int currentIndex = current == null ? -1 : buckets.indexOf(current);
        DayOffsets offsets = null;
        for (ScopedSeries series : scoped) {
            if (offsets == null || !offsets.origin().equals(series.from())) {
                offsets = DayOffsets.of(series.from(), buckets, from, to, asOf);
            }
            UnitProgress unit = unitProgress(series, buckets, offsets, currentIndex, value, expected);
            units.add(unit);
            closedPairs += unit.closedBuckets();
            metPairs += unit.metBuckets();
            compliant += unit.fullyCompliant() ? 1 : 0;
            if (current != null) {
                currentActual += unit.actualPerBucket().get(currentIndex);
            }
        }
        if (target.sharesUnits()) {
            return byShareOfUnits(target, from, to, asOf, buckets, current, units, compliant, expected);
        }
        OptionalDouble attainment = closedPairs == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(metPairs / (double) closedPairs);
        OptionalDouble currentProgress = current == null || scoped.isEmpty() ? OptionalDouble.empty()
                : ratio(currentActual, value * scoped.size());
        ProgressStatus status = status(target.cadence(), attainment, units, elapsedDays(from, to, asOf));
        return new TargetProgress(target, from, to, asOf, buckets, units, closedPairs, metPairs, attainment,
                compliant, scoped.size(), currentProgress, expected, status);
    }

    /**
     * A share-of-units target: each bucket is one pair, met when at least the target's share of the
     * scoped units met the value in it; current progress is the open (or last) bucket's share ÷ the
     * share required.
     */
    private static TargetProgress byShareOfUnits(Target target, LocalDate from, LocalDate to, LocalDate asOf,
            List<Bucket> buckets, Bucket current, List<UnitProgress> units, int compliant, OptionalDouble expected) {
        List<Integer> metUnits = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            int index = i;
            metUnits.add((int) units.stream().filter(u -> u.actualPerBucket().get(index) >= target.value()).count());
        }
        OptionalInt currentMet = current == null ? OptionalInt.empty()
                : OptionalInt.of(metUnits.get(buckets.indexOf(current)));
        UnitShare share = new UnitShare(target.minSharePercent(), units.size(), metUnits, currentMet);
        int closed = 0;
        int met = 0;
        for (int i = 0; i < buckets.size(); i++) {
            if (buckets.get(i).state() == BucketState.CLOSED && !units.isEmpty()) {
                closed++;
                met += share.meets(metUnits.get(i)) ? 1 : 0;
            }
        }
        OptionalDouble attainment = closed == 0 ? OptionalDouble.empty() : OptionalDouble.of(met / (double) closed);
        double required = target.minSharePercent() / 100.0;
        OptionalDouble currentProgress = share.currentShare().isPresent()
                ? OptionalDouble.of(share.currentShare().getAsDouble() / required) : OptionalDouble.empty();
        ProgressStatus status;
        if (attainment.isEmpty() && target.cadence() == Cadence.PERIOD && elapsedDays(from, to, asOf) > 0
                && !units.isEmpty()) {
            // no bucket closed yet: the units on course, against the share required
            double onCourse = units.stream().filter(u -> !u.behind()).count() / (double) units.size();
            status = rating(Math.min(1.0, onCourse / required));
        } else {
            status = attainment.isPresent() ? rating(attainment.getAsDouble()) : ProgressStatus.NOT_STARTED;
        }
        return new TargetProgress(target, from, to, asOf, buckets, units, closed, met, attainment, compliant,
                units.size(), currentProgress, expected, status, share);
    }

    private static UnitProgress unitProgress(ScopedSeries series, List<Bucket> buckets, DayOffsets offsets,
            int currentIndex, long value, OptionalDouble expected) {
        List<Long> actuals = new ArrayList<>(buckets.size());
        List<PairState> pairs = new ArrayList<>(buckets.size());
        int closed = 0;
        int met = 0;
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            long actual = series.sum(offsets.bucketFirst()[i], offsets.bucketLast()[i]);
            actuals.add(actual);
            PairState pair = switch (bucket.state()) {
                case CLOSED -> actual >= value ? PairState.MET : PairState.MISSED;
                case OPEN -> PairState.OPEN;
                case FUTURE -> PairState.FUTURE;
            };
            pairs.add(pair);
            if (bucket.state() == BucketState.CLOSED) {
                closed++;
                met += pair == PairState.MET ? 1 : 0;
            }
        }
        long total = series.sum(offsets.windowFirst(), offsets.totalLast());
        OptionalDouble progress = currentIndex < 0 ? OptionalDouble.empty() : ratio(actuals.get(currentIndex), value);
        boolean behind = expected.isPresent() ? total < expected.getAsDouble() : met < closed;
        return new UnitProgress(series.unit(), List.copyOf(actuals), List.copyOf(pairs), closed, met, total,
                met == closed, progress, behind);
    }

    /**
     * The days an evaluation sums, as offsets from the scoped series' first day: computed once per
     * target rather than once per unit and bucket.
     */
    private record DayOffsets(LocalDate origin, long[] bucketFirst, long[] bucketLast, long windowFirst,
            long totalLast) {

        static DayOffsets of(LocalDate origin, List<Bucket> buckets, LocalDate from, LocalDate to, LocalDate asOf) {
            long[] first = new long[buckets.size()];
            long[] last = new long[buckets.size()];
            for (int i = 0; i < buckets.size(); i++) {
                first[i] = ChronoUnit.DAYS.between(origin, buckets.get(i).from());
                last[i] = ChronoUnit.DAYS.between(origin, buckets.get(i).to());
            }
            LocalDate totalEnd = asOf.isBefore(to) ? asOf : to;
            return new DayOffsets(origin, first, last, ChronoUnit.DAYS.between(origin, from),
                    ChronoUnit.DAYS.between(origin, totalEnd));
        }
    }

    /** The open bucket, or the last one once the window has ended; null otherwise. */
    private static Bucket currentBucket(List<Bucket> buckets, LocalDate to, LocalDate asOf) {
        for (Bucket bucket : buckets) {
            if (bucket.state() == BucketState.OPEN) {
                return bucket;
            }
        }
        return asOf.isAfter(to) && !buckets.isEmpty() ? buckets.get(buckets.size() - 1) : null;
    }

    private static OptionalDouble ratio(long actual, long value) {
        if (value == 0) {
            return OptionalDouble.of(1.0);
        }
        return OptionalDouble.of(actual / (double) value);
    }

    /** Days of the window before the "as of" day: those that are over. */
    static long elapsedDays(LocalDate from, LocalDate to, LocalDate asOf) {
        return Math.max(0, Math.min(windowDays(from, to), ChronoUnit.DAYS.between(from, asOf)));
    }

    static long windowDays(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static ProgressStatus status(Cadence cadence, OptionalDouble attainment, List<UnitProgress> units,
            long elapsed) {
        double score;
        if (attainment.isPresent()) {
            score = attainment.getAsDouble();
        } else if (cadence == Cadence.PERIOD && elapsed > 0 && !units.isEmpty()) {
            score = units.stream().filter(u -> !u.behind()).count() / (double) units.size();
        } else {
            return ProgressStatus.NOT_STARTED;
        }
        return rating(score);
    }

    private static ProgressStatus rating(double score) {
        if (score >= ON_TRACK) {
            return ProgressStatus.ON_TRACK;
        }
        return score >= AT_RISK ? ProgressStatus.AT_RISK : ProgressStatus.BEHIND;
    }
}
