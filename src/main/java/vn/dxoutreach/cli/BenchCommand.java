package vn.dxoutreach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.export.DatabaseExport;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.report.compose.DocxReport;
import vn.dxoutreach.report.compose.ReportComposer;
import vn.dxoutreach.report.compose.ReportContent;
import vn.dxoutreach.sample.BenchTargets;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.RawAggregate;
import vn.dxoutreach.store.Store;

/**
 * {@code bench [--runs N]}: builds (once) a province-sized data set in the data folder and times,
 * in one run, what an office does with it — progress cold and warm, import of 100,000 broadcasts and
 * its re-import, export, the year report, a backup — each beside the plain baseline it competes
 * with (the raw aggregate, the schema filled by plain SQL, a zip of the file), with the ratio and
 * the memory each step needed. Imports are rolled back, so the data set stays as generated.
 * Use a data folder of its own: {@code --data-dir /tmp/bench bench}.
 */
@Command(name = "bench", description = "Measure progress, import, export, report and backup on a province-sized data set.")
public final class BenchCommand implements Callable<Integer> {

    private static final int TARGETS = 20;
    private static final int IMPORT_ROWS = 100_000;
    private static final int COMMUNE_LEVEL = 3;

    @ParentCommand
    AppContext context;

    @Option(names = "--runs", defaultValue = "15", description = "Warm evaluations to time (default 15).")
    int runs;

    @Option(names = "--until", defaultValue = "2026-11-22", description = "Last day of generated activity.")
    LocalDate until;

    @Option(names = "--skip-backup", description = "Leave out the backup and its zip baseline (the slowest steps).")
    boolean skipBackup;

    private PrintWriter out;

    @Override
    public Integer call() throws IOException {
        out = context.out();
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
                    + " database %d MiB; max heap %d MiB%n",
                    store.broadcasts.countLive(), store.banners.countLive(), store.sessions.countLive(),
                    store.news.countLive(), store.events.countLive(), store.materials.countLive(),
                    Files.size(store.folder().database()) >> 20, Runtime.getRuntime().maxMemory() >> 20);
            out.printf("%-34s %9s %9s %7s %9s %9s%n", "step", "app ms", "base ms", "ratio", "heap MB", "RSS MB");
            Path scratch = Files.createTempDirectory("dx-bench");
            try {
                progress(store, plan);
                exchange(store, plan, scratch);
                imports(store, scratch);
            } finally {
                try (var files = Files.walk(scratch)) {
                    for (Path p : files.sorted(Collections.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            return 0;
        }
    }

    private void progress(Store store, Plan plan) {
        Object[] result = new Object[1];
        BenchMeter.Measure raw = BenchMeter.time(() -> new RawAggregate(store.db()).broadcastsByUnitAndWeek(), result);
        ProgressEngine engine = new ProgressEngine(store);
        BenchMeter.Measure cold = BenchMeter.time(() -> engine.evaluate(plan, until), result);
        PlanProgress progress = (PlanProgress) result[0];
        row("progress cold (" + progress.targets().size() + " targets)", cold, raw.millis());
        List<Long> warm = new ArrayList<>();
        long heap = 0;
        long rss = 0;
        for (int i = 0; i < runs; i++) {
            LocalDate asOf = until.minusDays(i % 7);
            BenchMeter.Measure m = BenchMeter.time(() -> engine.evaluate(plan, asOf), result);
            warm.add(m.millis());
            heap = Math.max(heap, m.peakHeapMb());
            rss = Math.max(rss, m.peakRssMb());
        }
        Collections.sort(warm);
        row("progress warm, median of " + runs, new BenchMeter.Measure(warm.get(warm.size() / 2), heap, rss), -1);
        row("progress warm, max", new BenchMeter.Measure(warm.get(warm.size() - 1), heap, rss), -1);
        dashboard(store, plan);
        out.printf("  (baseline: raw GROUP BY unit, ISO week over every broadcast)%n");
    }

    /**
     * What Tổng quan loads off the FX thread with its own engine: the figures (every target, and the
     * plan-to-date figure of those repeating every year), then the chart of the first target (the
     * day-by-day cumulative line, which reads every day of its kind).
     */
    private void dashboard(Store store, Plan plan) {
        ProgressEngine engine = new ProgressEngine(store);
        Object[] result = new Object[1];
        BenchMeter.Measure figures = BenchMeter.time(() -> {
            PlanProgress progress = engine.evaluate(plan, until);
            for (var target : engine.targetsOf(plan, until)) {
                if (target.repeats()) {
                    engine.evaluateYears(target, plan, until);
                }
            }
            return progress;
        }, result);
        row("dashboard figures (own engine)", figures, -1);
        PlanProgress progress = (PlanProgress) result[0];
        BenchMeter.Measure chart = BenchMeter.time(() -> engine.cumulative(progress.targets().get(0).target(), plan,
                until), result);
        row("dashboard chart, then", new BenchMeter.Measure(figures.millis() + chart.millis(), chart.peakHeapMb(),
                chart.peakRssMb()), -1);
    }

    private void exchange(Store store, Plan plan, Path scratch) {
        row("export (whole database)", BenchMeter.time(() -> io(() -> new DatabaseExport(store)
                .write(scratch.resolve("export.xlsx")))), -1);
        int year = until.getYear();
        Object[] result = new Object[1];
        long[] composeNanos = new long[1];
        BenchMeter.Measure pdf = BenchMeter.time(() -> {
            long start = System.nanoTime();
            ReportContent content = new ReportComposer(store, new ProgressEngine(store)).compose(plan,
                    ReportType.YEAR, ReportType.YEAR.periodFrom(year), ReportType.YEAR.periodTo(year), "", "");
            composeNanos[0] = System.nanoTime() - start;
            io(() -> new ReportPdf(context.messages()).write(content, scratch.resolve("report.pdf")));
            return content;
        }, result);
        row("year report PDF (cold engine)", pdf, -1);
        // the engine's cold start is its own step's concern: this says how much of the row is the PDF's
        out.printf("  (of which composing, cold engine: %d ms)%n", composeNanos[0] / 1_000_000);
        row("year report DOCX (same content)", BenchMeter.time(() -> io(() -> new DocxReport(context.messages())
                .write((ReportContent) result[0], scratch.resolve("report.docx")))), -1);
        if (skipBackup) {
            return;
        }
        BenchMeter.Measure zip = BenchMeter.time(() -> io(() -> zip(store.folder().database(),
                scratch.resolve("plain.zip"))));
        row("backup", BenchMeter.time(() -> io(() -> BackupService.backup(store, scratch.resolve("backup.zip")))),
                zip.millis());
        out.printf("  (baseline: zip of the database file)%n");
    }

    private void imports(Store store, Path scratch) throws IOException {
        List<Unit> communes = store.units.listLive().stream()
                .filter(u -> u.level() == COMMUNE_LEVEL && u.validTo() == null).toList();
        BenchImportFile rows = new BenchImportFile(communes, IMPORT_ROWS, until, store.clock().instant());
        Path csv = rows.write(scratch);
        RawAggregate raw = new RawAggregate(store.db());
        BenchMeter.Measure fill = rolledBack(store, () -> BenchMeter.time(() -> raw.insertBroadcasts(rows.broadcasts())));
        Importer importer = new Importer(store, context.messages());
        BenchMeter.Measure[] measures = rolledBack(store, () -> new BenchMeter.Measure[] {
            BenchMeter.time(() -> importOnce(importer, csv, IMPORT_ROWS)),
            BenchMeter.time(() -> importOnce(importer, csv, 0))});
        row("import 100k broadcasts (csv)", measures[0], fill.millis());
        row("re-import, nothing changed", measures[1], fill.millis());
        out.printf("  (baseline: the same rows inserted into the schema by plain SQL)%n");
    }

    private static void importOnce(Importer importer, Path csv, int expectAdded) {
        ImportPreview preview = importer.importFiles(List.of(csv), Progress.NONE);
        if (preview.hasProblems() || preview.added() != expectAdded) {
            throw new IllegalStateException("benchmark import went wrong: " + preview.added() + " added, "
                    + preview.problems().size() + " problems");
        }
    }

    /** Runs the work in a transaction that is then rolled back, so that the data set stays as it was. */
    private static <T> T rolledBack(Store store, java.util.function.Supplier<T> work) {
        try {
            store.db().write(c -> {
                throw new Discarded(work.get());
            });
            throw new IllegalStateException("unreachable");
        } catch (Discarded d) {
            @SuppressWarnings("unchecked")
            T result = (T) d.result;
            return result;
        }
    }

    private static final class Discarded extends RuntimeException {
        private final transient Object result;

        Discarded(Object result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private void row(String step, BenchMeter.Measure m, long baselineMillis) {
        String base = baselineMillis < 0 ? "" : Long.toString(baselineMillis);
        String ratio = baselineMillis <= 0 ? "" : String.format("%.2f", (double) m.millis() / baselineMillis);
        out.printf("%-34s %9d %9s %7s %9d %9d%n", step, m.millis(), base, ratio, m.peakHeapMb(), m.peakRssMb());
        out.flush();
    }

    private static void zip(Path file, Path out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void io(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
