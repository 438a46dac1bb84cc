package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.DateSpan;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.DailySeries;
import vn.dxoutreach.store.DailySeriesRepository;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.SeriesRequest;
import vn.dxoutreach.store.Store;

/**
 * The one implementation of the progress rules: every screen, printout, report and command gets its
 * numbers here. Daily amounts come from the per-day totals the store keeps; they and the unit tree
 * are cached until the database changes, so evaluating a plan again costs only arithmetic.
 *
 * <p>Numbers are seen from this installation's office: a commune working on the district's plan is
 * checked for itself only — the other communes' data are not here, so their rows would be zeros —
 * and a target of a unit above the office (the district radio's own programmes) is not its target.
 */
public final class ProgressEngine {

    /**
     * How many reads of the kept totals and how many summed series stay cached: enough for every
     * kind and filter of a plan's targets, few enough that a province's series fit in a small heap
     * (a summed series is 8 bytes per scoped unit and day: 300 communes over five years, 4 MB).
     * Six kinds with their measures give a plan of twenty targets some 17 series; a plan evaluates
     * them in the same order each time, so a cache one short of them would miss every time.
     */
    static final int TOTALS_KEPT = 12;
    static final int SERIES_KEPT = 24;

    private final Store store;
    /** Every measure of a kind (and filter) over a plan's period: one read serves all its targets. */
    private final Map<TotalsKey, Map<String, DailySeries>> totalsCache = new Lru<>(TOTALS_KEPT);
    /** Scoped units' summed series, by the daily series they come from: what repeated evaluations reuse. */
    private final Map<DailySeries, Map<String, ScopedSeries>> combinedCache = new Lru<>(SERIES_KEPT);
    private UnitTree tree;
    /** This installation's office; null before one is set up, when every unit is seen. */
    private UUID office;
    private long cachedAtChange = -1;

    public ProgressEngine(Store store) {
        this.store = store;
    }

    /** Every live target of the plan that concerns the office, as of the day. */
    public synchronized PlanProgress evaluate(Plan plan, LocalDate asOf) {
        List<TargetProgress> targets = new ArrayList<>();
        for (Target target : targetsOf(plan, asOf)) {
            targets.add(evaluate(target, plan, asOf));
        }
        return new PlanProgress(plan, asOf, List.copyOf(targets));
    }

    /** The live targets of the plan that concern the office, as of the day, not yet evaluated. */
    public synchronized List<Target> targetsOf(Plan plan, LocalDate asOf) {
        return store.targets.ofPlan(plan.id()).stream().filter(t -> concernsOffice(t, plan, asOf)).toList();
    }

    /**
     * One target, as of the day. A window that repeats every year is evaluated over the year's window
     * that counts on the day: the one running, else the last one begun (see {@link Target#windowOn}).
     */
    public synchronized TargetProgress evaluate(Target target, Plan plan, LocalDate asOf) {
        return evaluateWindow(target.windowOn(plan, asOf), plan, asOf);
    }

    /** A repeating target once for each year's window, in date order; any other target once. */
    public synchronized List<TargetProgress> evaluateYears(Target target, Plan plan, LocalDate asOf) {
        List<TargetProgress> years = new ArrayList<>();
        for (Target year : target.yearly(plan)) {
            years.add(evaluateWindow(year, plan, asOf));
        }
        return years;
    }

    private TargetProgress evaluateWindow(Target target, Plan plan, LocalDate asOf) {
        LocalDate from = target.effectiveFrom(plan);
        LocalDate to = target.effectiveTo(plan);
        return TargetEvaluator.evaluate(target, from, to, asOf, scopedSeries(target, plan, from, to, asOf));
    }

    /**
     * The cumulative actual over the scoped units from the window's start to each day up to the
     * "as of" day (or the window's end), and what was expected by then: for PERIOD targets value ×
     * units × elapsed share of the window; for other cadences value × units for each bucket ended.
     */
    public synchronized List<CumulativePoint> cumulative(Target target, Plan plan, LocalDate asOf) {
        target = target.windowOn(plan, asOf);
        LocalDate from = target.effectiveFrom(plan);
        LocalDate to = target.effectiveTo(plan);
        List<ScopedSeries> scoped = scopedSeries(target, plan, from, to, asOf);
        return Cumulative.of(target, from, to, asOf, scoped);
    }

    /** The records behind a unit's number between two days (inclusive), for drill-down. */
    public synchronized List<ActivityRef> activities(Target target, Plan plan, Unit unit, LocalDate from,
            LocalDate to) {
        refreshIfChanged();
        Map<UUID, List<DateSpan>> contributors = ScopedUnits.contributors(target, unit, tree);
        return new ActivityLookup(store).find(target, contributors.keySet(), from, to).stream()
                .filter(ref -> contributors.get(ref.unitId()).stream().anyMatch(span -> span.contains(ref.date())))
                .toList();
    }

    private List<ScopedSeries> scopedSeries(Target target, Plan plan, LocalDate from, LocalDate to,
            LocalDate asOf) {
        refreshIfChanged();
        if (to.isBefore(from)) {
            return List.of();
        }
        DailySeries series = series(request(target, from, to), plan);
        List<ScopedSeries> scoped = new ArrayList<>();
        Map<String, ScopedSeries> combined = combinedCache.computeIfAbsent(series, s -> new HashMap<>());
        for (Unit unit : ScopedUnits.of(target, plan.meta().unitId(), tree, from, to, asOf)) {
            if (!inOffice(unit)) {
                continue;
            }
            // a unit's series with its contributors summed in does not depend on the day: keep it
            String key = unit.id() + "/" + target.filter().unitLevel();
            scoped.add(combined.computeIfAbsent(key, k -> combine(target, unit, series)));
        }
        return scoped;
    }

    /** False for a target whose every scoped unit lies outside the office's area. */
    private boolean concernsOffice(Target target, Plan plan, LocalDate asOf) {
        refreshIfChanged();
        List<Unit> scoped = ScopedUnits.of(target, plan.meta().unitId(), tree, target.effectiveFrom(plan),
                target.effectiveTo(plan), asOf);
        return scoped.isEmpty() || scoped.stream().anyMatch(this::inOffice);
    }

    private boolean inOffice(Unit unit) {
        return office == null || tree.isWithin(unit.id(), office);
    }

    private ScopedSeries combine(Target target, Unit unit, DailySeries series) {
        long[] daily = new long[series.days()];
        for (var contributor : ScopedUnits.contributors(target, unit, tree).entrySet()) {
            // the spans are disjoint: a day of a contributor counts once
            for (DateSpan span : contributor.getValue()) {
                int start = span.from() == null ? 0
                        : (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(series.from(), span.from()));
                int end = span.to() == null ? daily.length
                        : (int) Math.min(daily.length, java.time.temporal.ChronoUnit.DAYS.between(series.from(), span.to()) + 1);
                series.addTo(contributor.getKey(), daily, start, end);
            }
        }
        return new ScopedSeries(unit, series.from(), daily);
    }

    /**
     * Requests of a kind and filter share one read of every measure over the plan's period (or the
     * target's window where it reaches beyond), from the kept totals.
     */
    private DailySeries series(SeriesRequest request, Plan plan) {
        LocalDate from = earlier(request.from(), plan.periodFrom());
        LocalDate to = later(request.to(), plan.periodTo());
        String detail = request.detail();
        Map<String, DailySeries> totals = totalsCache.computeIfAbsent(new TotalsKey(request.kind(), detail, from, to),
                key -> store.dailySeries.readTotals(key.kind(), key.detail(), key.from(), key.to()));
        return totals.get(DailySeriesRepository.column(request));
    }

    private record TotalsKey(vn.dxoutreach.domain.ActivityKind kind, String detail, LocalDate from, LocalDate to) {
    }

    /** A map that forgets its least recently used entry beyond a size. */
    private static final class Lru<K, V> extends java.util.LinkedHashMap<K, V> {
        private final int size;

        Lru(int size) {
            super(16, 0.75f, true);
            this.size = size;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
        }
    }

    private static SeriesRequest request(Target target, LocalDate from, LocalDate to) {
        TargetFilter f = target.filter();
        return new SeriesRequest(target.kind(), target.measure(),
                target.kind() == ActivityKind.BROADCAST && f.newProductionOnly(), f.detailFor(target.kind()), from, to);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void refreshIfChanged() {
        long change = store.db().changeCount();
        if (change != cachedAtChange || tree == null) {
            totalsCache.clear();
            combinedCache.clear();
            tree = store.units.tree();
            office = new Office(store).unit().map(Unit::id).orElse(null);
            cachedAtChange = change;
        }
    }
}
