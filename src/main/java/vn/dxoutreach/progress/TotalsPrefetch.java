package vn.dxoutreach.progress;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import vn.dxoutreach.store.DailySeries;
import vn.dxoutreach.store.Store;

/**
 * Reads of the kept totals made in order on a thread of their own, so that a plan's evaluation reads
 * the next kind while it works out the targets of the one read (the database and the arithmetic each
 * take about half of a first evaluation). Each read is one statement, as the engine would make it.
 */
final class TotalsPrefetch {

    private final Map<TotalsReader.TotalsKey, Set<String>> columns;
    private final Map<TotalsReader.TotalsKey, CompletableFuture<Map<String, DailySeries>>> reads =
            new ConcurrentHashMap<>();
    private volatile boolean cancelled;

    private TotalsPrefetch(Map<TotalsReader.TotalsKey, Set<String>> columns) {
        this.columns = columns;
        columns.keySet().forEach(key -> reads.put(key, new CompletableFuture<>()));
    }

    /** Starts the reads, each of its columns, in the map's order. */
    static TotalsPrefetch start(Store store, Map<TotalsReader.TotalsKey, Set<String>> columns) {
        TotalsPrefetch prefetch = new TotalsPrefetch(columns);
        Thread thread = new Thread(() -> prefetch.run(store), "progress-reads");
        thread.setDaemon(true);
        thread.start();
        return prefetch;
    }

    private void run(Store store) {
        for (var entry : columns.entrySet()) {
            CompletableFuture<Map<String, DailySeries>> future = reads.get(entry.getKey());
            if (future == null) {
                continue;
            }
            if (cancelled) {
                future.complete(null);
                continue;
            }
            TotalsReader.TotalsKey key = entry.getKey();
            try {
                future.complete(key.grain() == null
                        ? store.dailySeries.readTotals(key.kind(), key.detail(), key.from(), key.to(), entry.getValue())
                        : store.dailySeries.readPeriodTotals(key.kind(), key.detail(), key.from(), key.to(),
                                entry.getValue(), key.grain()));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }
    }

    /**
     * The read of this key if it is among these and has the column, once made (waiting for it); null
     * when it is not among them or the reads were stopped. A read that failed throws as it would have.
     */
    Map<String, DailySeries> take(TotalsReader.TotalsKey key, String column) {
        CompletableFuture<Map<String, DailySeries>> future = reads.get(key);
        if (future == null || !columns.get(key).contains(column)) {
            return null;
        }
        try {
            return joined(future);
        } finally {
            // the reader caches it from here on: not held twice
            reads.remove(key);
        }
    }

    private static Map<String, DailySeries> joined(CompletableFuture<Map<String, DailySeries>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Stops the reads not made yet. */
    void cancel() {
        cancelled = true;
    }
}
