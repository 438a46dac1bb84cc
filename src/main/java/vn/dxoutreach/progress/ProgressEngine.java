package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.DateSpan;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.store.DailySeries;
import vn.dxoutreach.store.DailySeriesRepository;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.PeriodGrain;
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

    /** How many target windows' scoped units and reads stay cached: a plan's, each as of a few days. */
    private static final int SCOPES_KEPT = 128;

    private final Store store;
    /** The kept totals read, cached until the database changes. */
    private final TotalsReader reader;
    /** Scoped units' summed series, by the daily series they come from: what repeated evaluations reuse. */
    private final Map<DailySeries, Map<String, ScopedSeries>> combinedCache = new TotalsReader.Lru<>(TotalsReader.SERIES_KEPT);
    /** The units each target window scopes as of a day: an evaluation asks for them several times. */
    private final Map<ScopeKey, List<Unit>> scopeCache = new TotalsReader.Lru<>(SCOPES_KEPT);
    /** The reads each target window needs as of a day: named ahead, then made. */
    private final Map<ScopeKey, Optional<TotalsReader.SeriesPlan>> planCache = new TotalsReader.Lru<>(SCOPES_KEPT);
    private UnitTree tree;
    /** This installation's office; null before one is set up, when every unit is seen. */
    private UUID office;
    private long cachedAtChange = -1;

    /** False only in tests: every evaluation reads day by day, to check the grained reads against. */
    private final boolean grained;

    public ProgressEngine(Store store) {
        this(store, true);
    }

    private ProgressEngine(Store store, boolean grained) {
        this.store = store;
        this.reader = new TotalsReader(store);
        this.grained = grained;
    }

    /** An engine that reads every day of the kept totals, never whole weeks or months: for tests. */
    static ProgressEngine dayByDay(Store store) {
        return new ProgressEngine(store, false);
    }

    /** Every live target of the plan that concerns the office, as of the day. */
    public synchronized PlanProgress evaluate(Plan plan, LocalDate asOf) {
        List<Target> windows = targetsOf(plan, asOf).stream().map(t -> t.windowOn(plan, asOf)).toList();
        prefetch(windows, plan, asOf);
        List<TargetProgress> targets = new ArrayList<>();
        for (Target window : windows) {
            targets.add(evaluateWindow(window, plan, asOf));
        }
        return new PlanProgress(plan, asOf, List.copyOf(targets));
    }

    /**
     * Starts reading, on a thread of its own, what evaluating these targets as of the day will read
     * (see {@link TotalsReader#prefetch}): for callers that then evaluate them one by one.
     */
    public synchronized void readAhead(List<Target> targets, Plan plan, LocalDate asOf) {
        refreshIfChanged();
        prefetch(targets.stream().map(t -> t.windowOn(plan, asOf)).toList(), plan, asOf);
    }

    private void prefetch(List<Target> windows, Plan plan, LocalDate asOf) {
        List<TotalsReader.SeriesPlan> reads = new ArrayList<>();
        for (Target window : windows) {
            seriesPlan(window, plan, asOf, grained).ifPresent(reads::add);
        }
        reader.prefetch(reads);
    }

    /**
     * The live units as the engine scopes them, read again after the database changed: for callers that
     * evaluate and also need the tree (a report), so that it is read once.
     */
    public synchronized UnitTree unitTree() {
        refreshIfChanged();
        return tree;
    }

    /** The live targets of the plan that concern the office, as of the day, not yet evaluated. */
    public synchronized List<Target> targetsOf(Plan plan, LocalDate asOf) {
        refreshIfChanged();
        return store.targets.ofPlan(plan.id()).stream().filter(t -> concernsOffice(t, plan, asOf)).toList();
    }

    /**
     * One target, as of the day. A window that repeats every year is evaluated over the year's window
     * that counts on the day: the one running, else the last one begun (see {@link Target#windowOn}).
     */
    public synchronized TargetProgress evaluate(Target target, Plan plan, LocalDate asOf) {
        refreshIfChanged();
        return evaluateWindow(target.windowOn(plan, asOf), plan, asOf);
    }

    /** A repeating target once for each year's window, in date order; any other target once. */
    public synchronized List<TargetProgress> evaluateYears(Target target, Plan plan, LocalDate asOf) {
        refreshIfChanged();
        List<TargetProgress> years = new ArrayList<>();
        for (Target year : target.yearly(plan)) {
            years.add(evaluateWindow(year, plan, asOf));
        }
        return years;
    }

    private TargetProgress evaluateWindow(Target target, Plan plan, LocalDate asOf) {
        LocalDate from = target.effectiveFrom(plan);
        LocalDate to = target.effectiveTo(plan);
        return TargetEvaluator.evaluate(target, from, to, asOf, scopedSeries(target, plan, from, to, asOf, grained));
    }

    /**
     * The cumulative actual over the scoped units from the window's start to each day up to the
     * "as of" day (or the window's end), and what was expected by then: for PERIOD targets value ×
     * units × elapsed share of the window; for other cadences value × units for each bucket ended.
     */
    public synchronized List<CumulativePoint> cumulative(Target target, Plan plan, LocalDate asOf) {
        refreshIfChanged();
        target = target.windowOn(plan, asOf);
        LocalDate from = target.effectiveFrom(plan);
        LocalDate to = target.effectiveTo(plan);
        List<ScopedSeries> scoped = scopedSeries(target, plan, from, to, asOf, false);
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

    /**
     * The scoped units' series for a window. With {@code grained}, for the evaluator, whole weeks (weekly
     * targets) or months (the others) are read as one amount each, and only the periods where a sum
     * the evaluator makes begins or ends inside them are read day by day: the window's ends, the day
     * after "as of", and the days a contributing unit starts or stops counting (see
     * {@link #finePeriods}). Buckets of the cadence begin and end on period boundaries by definition.
     * Without it every day is read, for the day-by-day cumulative line.
     */
    private List<ScopedSeries> scopedSeries(Target target, Plan plan, LocalDate from, LocalDate to,
            LocalDate asOf, boolean grained) {
        Optional<TotalsReader.SeriesPlan> read = seriesPlan(target, plan, asOf, grained);
        if (read.isEmpty()) {
            return List.of();
        }
        List<Unit> units = scopedUnits(target, plan, from, to, asOf);
        DailySeries series = reader.series(read.get());
        List<ScopedSeries> scoped = new ArrayList<>();
        Map<String, ScopedSeries> combined = combinedCache.computeIfAbsent(series, s -> new HashMap<>());
        // one day-by-day sheet for all the units: a fresh one each would be most of what an evaluation allocates
        long[] daily = new long[series.days()];
        for (Unit unit : units) {
            // a unit's series with its contributors summed in does not depend on the day: keep it
            String key = unit.id() + "/" + target.filter().unitLevel();
            scoped.add(combined.computeIfAbsent(key, k -> combine(target, unit, series, daily)));
        }
        return scoped;
    }

    /** The read a target's window needs (see {@link #scopedSeries}); empty for a window that ends before it begins. */
    private Optional<TotalsReader.SeriesPlan> seriesPlan(Target target, Plan plan, LocalDate asOf, boolean grained) {
        LocalDate from = target.effectiveFrom(plan);
        LocalDate to = target.effectiveTo(plan);
        return planCache.computeIfAbsent(new ScopeKey(target, plan.meta().unitId(), from, to, asOf, grained),
                k -> newSeriesPlan(target, plan, from, to, asOf, grained));
    }

    private Optional<TotalsReader.SeriesPlan> newSeriesPlan(Target target, Plan plan, LocalDate from, LocalDate to,
            LocalDate asOf, boolean grained) {
        if (to.isBefore(from)) {
            return Optional.empty();
        }
        PeriodGrain grain = null;
        Set<LocalDate> fine = Set.of();
        if (grained) {
            grain = target.cadence() == Cadence.WEEK ? PeriodGrain.WEEK : PeriodGrain.MONTH;
            fine = finePeriods(grain, target, scopedUnits(target, plan, from, to, asOf), from, to, asOf);
        }
        return Optional.of(new TotalsReader.SeriesPlan(request(target, from, to), plan, grain, fine));
    }

    private List<Unit> scopedUnits(Target target, Plan plan, LocalDate from, LocalDate to, LocalDate asOf) {
        return scoped(target, plan, from, to, asOf).stream().filter(this::inOffice).toList();
    }

    /** The units the target's window scopes as of the day, wherever they lie (see {@link ScopedUnits#of}). */
    private List<Unit> scoped(Target target, Plan plan, LocalDate from, LocalDate to, LocalDate asOf) {
        // scoping does not depend on how the totals are read: one key for both
        return scopeCache.computeIfAbsent(new ScopeKey(target, plan.meta().unitId(), from, to, asOf, true),
                k -> ScopedUnits.of(target, plan.meta().unitId(), tree, from, to, asOf));
    }

    /** A target window, the plan's unit, the days and whether read by periods: what scoping and reading depend on. */
    private record ScopeKey(Target target, UUID planUnit, LocalDate from, LocalDate to, LocalDate asOf,
            boolean grained) {
    }

    /**
     * The periods of the grain in which a sum over the target's scoped units begins or ends on a day
     * other than the period's first: they must be read day by day.
     */
    private Set<LocalDate> finePeriods(PeriodGrain grain, Target target, List<Unit> units,
            LocalDate from, LocalDate to, LocalDate asOf) {
        Set<LocalDate> cuts = new java.util.HashSet<>(List.of(from, to.plusDays(1), asOf.plusDays(1)));
        for (Unit unit : units) {
            for (List<DateSpan> spans : ScopedUnits.contributors(target, unit, tree).values()) {
                for (DateSpan span : spans) {
                    if (span.from() != null) {
                        cuts.add(span.from());
                    }
                    if (span.to() != null) {
                        cuts.add(span.to().plusDays(1));
                    }
                }
            }
        }
        Set<LocalDate> fine = new java.util.TreeSet<>();
        for (LocalDate cut : cuts) {
            if (!grain.start(cut).equals(cut)) {
                fine.add(grain.start(cut));
            }
        }
        return fine;
    }

    /** False for a target whose every scoped unit lies outside the office's area. */
    private boolean concernsOffice(Target target, Plan plan, LocalDate asOf) {
        List<Unit> scoped = scoped(target, plan, target.effectiveFrom(plan), target.effectiveTo(plan), asOf);
        return scoped.isEmpty() || scoped.stream().anyMatch(this::inOffice);
    }

    private boolean inOffice(Unit unit) {
        return office == null || tree.isWithin(unit.id(), office);
    }

    /** The unit's series with its contributors summed in, added up on {@code daily} (all zeros, left so). */
    private ScopedSeries combine(Target target, Unit unit, DailySeries series, long[] daily) {
        var contributors = ScopedUnits.contributors(target, unit, tree);
        if (contributors.keySet().stream().noneMatch(series::has)) {
            // a village, a commune of before the reorganisation, a unit yet to record anything
            return ScopedSeries.none(unit, series.from(), daily.length);
        }
        for (var contributor : contributors.entrySet()) {
            // the spans are disjoint: a day of a contributor counts once
            for (DateSpan span : contributor.getValue()) {
                int start = span.from() == null ? 0
                        : (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(series.from(), span.from()));
                int end = span.to() == null ? daily.length
                        : (int) Math.min(daily.length, java.time.temporal.ChronoUnit.DAYS.between(series.from(), span.to()) + 1);
                series.addTo(contributor.getKey(), daily, start, end);
            }
        }
        ScopedSeries scoped = new ScopedSeries(unit, series.from(), daily);
        java.util.Arrays.fill(daily, 0);
        return scoped;
    }

    static SeriesRequest request(Target target, LocalDate from, LocalDate to) {
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
            reader.clear();
            combinedCache.clear();
            scopeCache.clear();
            planCache.clear();
            tree = store.units.tree();
            office = new Office(store).unit().map(Unit::id).orElse(null);
            cachedAtChange = change;
        }
    }
}
