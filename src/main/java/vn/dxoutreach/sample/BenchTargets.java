package vn.dxoutreach.sample;

import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.store.Store;

/**
 * Fills a plan up to a number of targets with varied kinds, cadences, measures and filters, so that
 * a benchmark evaluates a realistic mix. The names are codes: these targets are not shown to users.
 */
public final class BenchTargets {

    private static final int COMMUNE_LEVEL = 3;

    private BenchTargets() {
    }

    public static void fill(Store store, Plan plan, int count) {
        List<Target> existing = store.targets.ofPlan(plan.id());
        record Shape(ActivityKind kind, Measure measure, Cadence cadence, long value, TargetFilter filter) {
        }
        List<Shape> shapes = List.of(
                new Shape(ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 8, TargetFilter.NONE),
                new Shape(ActivityKind.BROADCAST, Measure.MINUTES, Cadence.WEEK, 60, TargetFilter.NONE),
                new Shape(ActivityKind.BROADCAST, Measure.COUNT, Cadence.QUARTER, 20,
                        new TargetFilter(true, null, null, null, null)),
                new Shape(ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 2,
                        new TargetFilter(false, null, "VNeID", null, null)),
                new Shape(ActivityKind.BROADCAST, Measure.MINUTES, Cadence.YEAR, 2000, TargetFilter.NONE),
                new Shape(ActivityKind.NEWS, Measure.VIEWS, Cadence.MONTH, 1000, TargetFilter.NONE),
                new Shape(ActivityKind.BANNER, Measure.COUNT, Cadence.YEAR, 10, TargetFilter.NONE),
                new Shape(ActivityKind.TEAM_SESSION, Measure.APPS, Cadence.MONTH, 20, TargetFilter.NONE),
                new Shape(ActivityKind.EVENT, Measure.PARTICIPANTS, Cadence.QUARTER, 100, TargetFilter.NONE),
                new Shape(ActivityKind.BANNER, Measure.QUANTITY, Cadence.QUARTER, 3,
                        new TargetFilter(false, null, null, BannerKind.BANNER, null)),
                new Shape(ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.MONTH, 150, TargetFilter.NONE),
                new Shape(ActivityKind.TEAM_SESSION, Measure.COUNT, Cadence.WEEK, 1, TargetFilter.NONE),
                new Shape(ActivityKind.TEAM_SESSION, Measure.COUNT, Cadence.MONTH, 1,
                        new TargetFilter(false, null, null, null, "Dịch vụ công trực tuyến")), // NOI18N sample topic
                new Shape(ActivityKind.BROADCAST, Measure.COUNT, Cadence.WEEK, 3,
                        new TargetFilter(false, 4, null, null, null)),
                new Shape(ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.PERIOD, 3000, TargetFilter.NONE),
                new Shape(ActivityKind.BROADCAST, Measure.MINUTES, Cadence.MONTH, 300, TargetFilter.NONE));
        for (int i = existing.size(); i < count; i++) {
            Shape s = shapes.get((i - existing.size()) % shapes.size());
            String code = String.format("BT%02d", i + 1);
            store.targets.save(new Target(RecordMeta.fresh(plan.meta().unitId(), store.clock().instant()), plan.id(),
                    code, code, s.kind(), s.filter(), s.measure(), s.cadence(), s.value(), Scope.EACH, COMMUNE_LEVEL,
                    null, null));
        }
    }
}
