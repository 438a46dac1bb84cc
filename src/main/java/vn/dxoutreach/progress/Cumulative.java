package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Target;

/** The cumulative actual against the expected amount, day by day. */
final class Cumulative {

    private Cumulative() {
    }

    static List<CumulativePoint> of(Target target, LocalDate from, LocalDate to, LocalDate asOf,
            List<ScopedSeries> scoped) {
        List<CumulativePoint> points = new ArrayList<>();
        LocalDate end = asOf.isBefore(to) ? asOf : to;
        List<Bucket> buckets = Buckets.of(target.cadence(), from, to, asOf);
        double perUnitsValue = target.value() * (double) scoped.size();
        long windowDays = TargetEvaluator.windowDays(from, to);
        int bucketsEnded = 0;
        long elapsed = 0;
        for (LocalDate day = from; !day.isAfter(end); day = day.plusDays(1)) {
            elapsed++;
            while (bucketsEnded < buckets.size() && !buckets.get(bucketsEnded).to().isAfter(day)) {
                bucketsEnded++;
            }
            long actual = 0;
            for (ScopedSeries series : scoped) {
                actual += series.sum(from, day);
            }
            double expected = target.cadence() == Cadence.PERIOD
                    ? perUnitsValue * elapsed / windowDays
                    : perUnitsValue * bucketsEnded;
            points.add(new CumulativePoint(day, actual, expected));
        }
        return points;
    }
}
