package vn.dxoutreach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.sample.BenchTargets;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;

/**
 * {@code bench [--runs N]}: builds (once) a province-sized data set in the data folder and times,
 * in one run, what an office does with it — progress cold and warm, import of 100,000 broadcasts and
 * its re-import, export, the year report, a backup — each beside the plain baseline it competes
 * with (the raw aggregate, the schema filled by plain SQL, a zip of the file), with the ratio and
 * the memory each step needed. Every step runs in a fresh JVM of its own with the launchers' memory
 * options ({@link LauncherJvm}), so its peak resident set is its own; imports are rolled back, so the
 * data set stays as generated. Use a data folder of its own: {@code --data-dir /tmp/bench bench}.
 */
@Command(name = "bench", description = "Measure progress, import, export, report and backup on a province-sized data set.")
public final class BenchCommand implements Callable<Integer> {

    private static final int TARGETS = 20;

    @ParentCommand
    AppContext context;

    @Option(names = "--runs", defaultValue = "15", description = "Warm evaluations to time (default 15).")
    int runs;

    @Option(names = "--until", defaultValue = "2026-11-22", description = "Last day of generated activity.")
    LocalDate until;

    @Option(names = "--skip-backup", description = "Leave out the backup and its zip baseline (the slowest steps).")
    boolean skipBackup;

    /** Runs one step in this process and prints its figures: what the benchmark starts for each step. */
    @Option(names = "--step", hidden = true)
    String step;

    private PrintWriter out;
    private final Map<String, BenchFigure> figures = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        out = context.out();
        if (step != null) {
            return runStep();
        }
        int targets = prepare();
        out.printf("%-34s %9s %9s %7s %9s %9s%n", "step", "app ms", "base ms", "ratio", "heap MB", "RSS MB");
        BenchProcess processes = new BenchProcess(context.dataFolder().root(), until, runs);
        for (String name : BenchSteps.NAMES) {
            if (!(skipBackup && (name.equals("zip") || name.equals("backup")))) {
                figures.putAll(processes.run(name));
            }
            print(name, targets);
        }
        return 0;
    }

    /** Generates the data set when the folder has none and fills the plan's targets; prints its size. */
    private int prepare() throws IOException {
        try (Store store = context.openStore()) {
            if (store.units.countLive() == 0) {
                long start = System.nanoTime();
                var summary = new SampleDataGenerator(store).generate(SampleSize.PROVINCE, until, 42);
                out.printf("generated: %d communes, %d broadcasts, %d banners, %d sessions in %d ms%n",
                        summary.communes().size(), summary.broadcasts(), summary.banners(), summary.sessions(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            Plan plan = store.plans.listNewestFirst().get(0);
            BenchTargets.fill(store, plan, TARGETS);
            out.printf("data: %d broadcasts, %d banners, %d sessions, %d news items, %d events, %d materials;"
                    + " database %d MiB; each step a JVM of its own with %s%n",
                    store.broadcasts.countLive(), store.banners.countLive(), store.sessions.countLive(),
                    store.news.countLive(), store.events.countLive(), store.materials.countLive(),
                    Files.size(store.folder().database()) >> 20, String.join(" ", LauncherJvm.OPTIONS));
            return store.targets.ofPlan(plan.id()).size();
        }
    }

    /** Prints the rows a step's process measured, once the figures they need are in. */
    private void print(String name, int targets) {
        switch (name) {
            case "progress-changed" -> row("progress cold, every unit changed", "progress-changed", "raw");
            case "progress-cold" -> row("progress cold (" + targets + " targets)", "progress-cold", "raw");
            case "progress-warm" -> {
                row("progress warm, median of " + runs, "progress-warm-median", null);
                row("progress warm, max", "progress-warm-max", null);
            }
            case "dashboard" -> {
                row("dashboard figures (own engine)", "dashboard-figures", null);
                row("dashboard chart, then", "dashboard-chart", null);
                out.printf("  (baseline: raw GROUP BY unit, ISO week over every broadcast)%n");
            }
            case "export" -> row("export (whole database)", "export", null);
            case "pdf", "docx" -> {
                row("year report " + name.toUpperCase(java.util.Locale.ROOT) + " (cold engine)", name, null);
                // the engine's cold start is its own row's concern: this says how much of the row is the document's
                out.printf("  (of which composing, cold engine: %d ms)%n", figures.get(name + "-compose").millis());
            }
            case "backup" -> {
                if (!skipBackup) {
                    row("backup", "backup", "zip");
                    out.printf("  (baseline: zip of the database file)%n");
                }
            }
            case "import" -> row("import 100k broadcasts (csv)", "import", "sql-fill");
            case "reimport" -> {
                row("re-import, nothing changed", "reimport", "sql-fill");
                out.printf("  (baseline: the same rows inserted into the schema by plain SQL)%n");
            }
            default -> {
                // a baseline: shown beside the step it is the baseline of
            }
        }
        out.flush();
    }

    private void row(String label, String key, String baselineKey) {
        BenchFigure m = figures.get(key);
        long baseline = baselineKey == null ? -1 : figures.get(baselineKey).millis();
        String base = baseline < 0 ? "" : Long.toString(baseline);
        String ratio = baseline <= 0 ? "" : String.format("%.2f", (double) m.millis() / baseline);
        out.printf("%-34s %9d %9s %7s %9d %9d%n", label, m.millis(), base, ratio, m.heapMb(), m.rssMb());
    }

    private int runStep() throws IOException {
        Path scratch = Files.createTempDirectory("dx-bench");
        try (Store store = context.openStore()) {
            new BenchSteps(store, context.messages(), until, runs, scratch, f -> out.println(f.line())).run(step);
            return 0;
        } finally {
            try (var files = Files.walk(scratch)) {
                for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
