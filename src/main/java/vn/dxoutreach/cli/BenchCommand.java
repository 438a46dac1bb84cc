package vn.dxoutreach.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.sample.BenchTargets;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.RawAggregate;
import vn.dxoutreach.store.Store;

/**
 * {@code bench [--runs N]}: builds (once) a province-sized data set in the data folder and prints how
 * long evaluating all targets of its plan takes, cold and warm, beside the raw aggregate it avoids.
 * Use a data folder of its own: {@code --data-dir /tmp/bench bench}.
 */
@Command(name = "bench", description = "Measure progress evaluation on a province-sized data set.")
public final class BenchCommand implements Callable<Integer> {

    private static final int TARGETS = 20;

    @ParentCommand
    AppContext context;

    @Option(names = "--runs", defaultValue = "15", description = "Warm evaluations to time (default 15).")
    int runs;

    @Option(names = "--until", defaultValue = "2026-11-22", description = "Last day of generated activity.")
    LocalDate until;

    @Override
    public Integer call() {
        try (Store store = context.openStore()) {
            var out = context.out();
            if (store.units.countLive() == 0) {
                long start = System.nanoTime();
                var summary = new SampleDataGenerator(store).generate(SampleSize.PROVINCE, until, 42);
                out.printf("generated: %d communes, %d broadcasts, %d banners, %d sessions in %d ms%n",
                        summary.communes().size(), summary.broadcasts(), summary.banners(), summary.sessions(),
                        millisSince(start));
            }
            Plan plan = store.plans.listNewestFirst().get(0);
            BenchTargets.fill(store, plan, TARGETS);
            LocalDate asOf = until;
            ProgressEngine engine = new ProgressEngine(store);
            long start = System.nanoTime();
            PlanProgress progress = engine.evaluate(plan, asOf);
            out.printf("plan %s: %d targets, %d scoped units in the first%n", plan.symbol(),
                    progress.targets().size(), progress.targets().get(0).scopedUnits());
            out.printf("cold evaluation (reads the per-day totals): %d ms%n", millisSince(start));
            List<Long> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                start = System.nanoTime();
                engine.evaluate(plan, asOf.minusDays(i % 7));
                warm.add(millisSince(start));
            }
            Collections.sort(warm);
            out.printf("warm evaluation of all %d targets: median %d ms, max %d ms (%d runs)%n",
                    progress.targets().size(), warm.get(warm.size() / 2), warm.get(warm.size() - 1), runs);
            start = System.nanoTime();
            long groups = new RawAggregate(store.db()).broadcastsByUnitAndWeek();
            out.printf("for comparison, raw GROUP BY unit, ISO week over the broadcasts: %d ms (%d groups)%n",
                    millisSince(start), groups);
            return 0;
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
