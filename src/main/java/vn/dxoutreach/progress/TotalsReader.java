package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.DateSpan;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.store.DailySeries;
import vn.dxoutreach.store.DailySeriesRepository;
import vn.dxoutreach.store.PeriodGrain;
import vn.dxoutreach.store.SeriesRequest;
import vn.dxoutreach.store.Store;

/**
 * The kept totals a {@link ProgressEngine} reads, cached until the database changes. Requests of a
 * kind and filter share one read over the plan's period (or the target's window where it reaches
 * beyond), of the measures the plan's targets of that kind and filter use: each column read costs per
 * row, so the others are left unread until asked for. A plan's evaluation names every read first
 * ({@link #prefetch}); they are then made in that order on a thread of their own while the engine
 * works out the targets already read.
 */
final class TotalsReader {

    /**
     * How many reads and how many merged series stay cached: enough for every read of a plan's targets
     * and of a year report on them (a plan of twenty targets at province scale: 25 reads, its year
     * report 38; both evaluate in the same order each time, so a cache one short of them would miss
     * every time), and never more amounts than {@link #AMOUNTS_KEPT}, so that a province's series fit
     * in a small heap however many long day-by-day reads a session makes.
     */
    static final int TOTALS_KEPT = 64;
    static final int SERIES_KEPT = 32;
    /**
     * Day or period amounts held by each cache at most, some 12 MB at 8 bytes each: a province plan's
     * reads hold 0.9 million, its year report's 1 million more; a cumulative line of broadcasts, every
     * day of three years, 0.5 million. A window has several engines (Tổng quan, Báo cáo).
     */
    static final long AMOUNTS_KEPT = 1_500_000;

    /** What one target's series is read from: whole periods of the grain (null: every day) and the periods read day by day. */
    record SeriesPlan(SeriesRequest request, Plan plan, PeriodGrain grain, Set<LocalDate> fine) {
    }

    /** A read of the kept totals: by day ({@code grain} null), or by whole periods of a grain. */
    record TotalsKey(ActivityKind kind, String detail, LocalDate from, LocalDate to, PeriodGrain grain) {
    }

    /** A series read by periods with the days of some ranges put in. */
    private record MergedKey(DailySeries periods, List<DateSpan> days) {
    }

    private record ColumnsKey(UUID plan, ActivityKind kind, String detail) {
    }

    private final Store store;
    private final Map<TotalsKey, Map<String, DailySeries>> totalsCache = new Lru<>(TOTALS_KEPT,
            columns -> columns.values().stream().mapToLong(DailySeries::amounts).sum(), AMOUNTS_KEPT);
    private final Map<MergedKey, DailySeries> mergedCache = new Lru<>(SERIES_KEPT, DailySeries::amounts,
            AMOUNTS_KEPT);
    private final Map<ColumnsKey, Set<String>> columnsCache = new HashMap<>();
    /** The reads under way on their own thread; null when none was asked for since the last change. */
    private TotalsPrefetch prefetch;

    TotalsReader(Store store) {
        this.store = store;
    }

    /** Forgets everything read: the database changed. */
    void clear() {
        totalsCache.clear();
        mergedCache.clear();
        columnsCache.clear();
        if (prefetch != null) {
            prefetch.cancel();
            prefetch = null;
        }
    }

    /**
     * Starts reading, on a thread of its own and in the order given, what the series of these plans
     * need and is not cached yet; {@link #series} then waits for a read under way rather than making it.
     */
    void prefetch(List<SeriesPlan> plans) {
        Map<TotalsKey, Set<String>> reads = new LinkedHashMap<>();
        for (SeriesPlan p : plans) {
            String column = DailySeriesRepository.column(p.request());
            for (TotalsKey key : keys(p)) {
                Map<String, DailySeries> cached = totalsCache.get(key);
                if (cached == null || !cached.containsKey(column)) {
                    reads.computeIfAbsent(key, k -> wanted(p.plan(), k, column, cached)).add(column);
                }
            }
        }
        if (prefetch != null) {
            prefetch.cancel();
        }
        prefetch = reads.isEmpty() ? null : TotalsPrefetch.start(store, reads);
    }

    /** The daily series a plan names: whole periods read as one amount each, with the fine periods' days put in. */
    DailySeries series(SeriesPlan p) {
        SeriesRequest request = p.request();
        String column = DailySeriesRepository.column(request);
        TotalsKey whole = wholeKey(p);
        DailySeries periods = totals(whole, p.plan(), column);
        if (p.grain() == null) {
            return periods;
        }
        List<DateSpan> days = dayRanges(p.grain(), whole.from(), whole.to(), p.fine());
        return mergedCache.computeIfAbsent(new MergedKey(periods, days), k -> {
            DailySeries merged = periods;
            for (DateSpan range : days) {
                merged = merged.with(range.from(), range.to(),
                        totals(dayKey(request, range), p.plan(), column));
            }
            return merged;
        });
    }

    /** Every read a plan's series needs: the whole periods, then the day ranges. */
    private List<TotalsKey> keys(SeriesPlan p) {
        TotalsKey whole = wholeKey(p);
        List<TotalsKey> keys = new ArrayList<>();
        keys.add(whole);
        if (p.grain() != null) {
            for (DateSpan range : dayRanges(p.grain(), whole.from(), whole.to(), p.fine())) {
                keys.add(dayKey(p.request(), range));
            }
        }
        return keys;
    }

    private static TotalsKey wholeKey(SeriesPlan p) {
        SeriesRequest r = p.request();
        LocalDate from = earlier(r.from(), p.plan().periodFrom());
        LocalDate to = later(r.to(), p.plan().periodTo());
        return new TotalsKey(r.kind(), r.detail(), from, to, p.grain());
    }

    private static TotalsKey dayKey(SeriesRequest r, DateSpan range) {
        return new TotalsKey(r.kind(), r.detail(), range.from(), range.to(), null);
    }

    /** A read of the kept totals, cached: from the reads under way if it is among them, else made now. */
    private DailySeries totals(TotalsKey key, Plan plan, String column) {
        Map<String, DailySeries> totals = totalsCache.get(key);
        if (totals == null || !totals.containsKey(column)) {
            Map<String, DailySeries> read = prefetch == null ? null : prefetch.take(key, column);
            if (read == null) {
                Set<String> wanted = wanted(plan, key, column, totals);
                read = key.grain() == null
                        ? store.dailySeries.readTotals(key.kind(), key.detail(), key.from(), key.to(), wanted)
                        : store.dailySeries.readPeriodTotals(key.kind(), key.detail(), key.from(), key.to(), wanted,
                                key.grain());
            }
            totals = read;
            totalsCache.put(key, totals);
        }
        return totals.get(column);
    }

    /** The columns to read at once: those the plan's targets of the kind and filter use, the one asked for, those already read. */
    private Set<String> wanted(Plan plan, TotalsKey key, String column, Map<String, DailySeries> cached) {
        Set<String> wanted = new HashSet<>(columnsUsed(plan, key.kind(), key.detail()));
        wanted.add(column);
        if (cached != null) {
            wanted.addAll(cached.keySet());
        }
        return wanted;
    }

    /** The kept-totals columns the plan's targets of a kind and filter value read. */
    private Set<String> columnsUsed(Plan plan, ActivityKind kind, String detail) {
        return columnsCache.computeIfAbsent(new ColumnsKey(plan.id(), kind, detail), k -> {
            Set<String> columns = new HashSet<>();
            for (Target target : store.targets.ofPlan(plan.id())) {
                SeriesRequest r = ProgressEngine.request(target, plan.periodFrom(), plan.periodTo());
                if (target.kind() == kind && Objects.equals(r.detail(), detail)) {
                    columns.add(DailySeriesRepository.column(r));
                }
            }
            return columns;
        });
    }

    /**
     * The days to read one by one: the fine periods, and the periods the range cuts at either end,
     * clipped to the range; each period its own read, so that a new "as of" day reads only its own.
     */
    private static List<DateSpan> dayRanges(PeriodGrain grain, LocalDate from, LocalDate to, Set<LocalDate> fine) {
        TreeSet<LocalDate> starts = new TreeSet<>(fine);
        if (!grain.start(from).equals(from)) {
            starts.add(grain.start(from));
        }
        if (!grain.end(to).equals(to)) {
            starts.add(grain.start(to));
        }
        List<DateSpan> ranges = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate a = later(start, from);
            LocalDate b = earlier(grain.end(start), to);
            if (!b.isBefore(a)) {
                ranges.add(new DateSpan(a, b));
            }
        }
        return ranges;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A map that forgets its least recently used entries beyond a size, and beyond a total weight of its
     * values (the most recent entry is kept whatever it weighs).
     */
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int size;
        private final java.util.function.ToLongFunction<V> weight;
        private final long maxWeight;

        Lru(int size) {
            this(size, v -> 0, 0);
        }

        Lru(int size, java.util.function.ToLongFunction<V> weight, long maxWeight) {
            super(16, 0.75f, true);
            this.size = size;
            this.weight = weight;
            this.maxWeight = maxWeight;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            long total = 0;
            for (V value : values()) {
                total += weight.applyAsLong(value);
            }
            var oldest = values().iterator();
            while (size() > 1 && (size() > size || total > maxWeight)) {
                total -= weight.applyAsLong(oldest.next());
                oldest.remove();
            }
            return false;
        }
    }
}
