package vn.dxoutreach.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.RawAggregate;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * The steps of the benchmark, each run by {@code bench --step NAME} in a process of its own, which
 * prints its figures ({@link BenchFigure}) and leaves the data set as it found it: imports and the
 * plain-SQL fill are rolled back.
 */
final class BenchSteps {

    static final int IMPORT_ROWS = 100_000;
    private static final int COMMUNE_LEVEL = 3;

    /** The step names, in the order the benchmark runs them. */
    static final List<String> NAMES = List.of("raw", "progress-changed", "progress-cold", "progress-warm", "dashboard", "export", "pdf",
            "docx", "zip", "backup", "sql-fill", "import", "reimport");

    private final Store store;
    private final Messages messages;
    private final Plan plan;
    private final LocalDate until;
    private final int runs;
    private final Path scratch;
    private final Consumer<BenchFigure> out;

    BenchSteps(Store store, Messages messages, LocalDate until, int runs, Path scratch, Consumer<BenchFigure> out) {
        this.store = store;
        this.messages = messages;
        this.plan = store.plans.listNewestFirst().get(0);
        this.until = until;
        this.runs = runs;
        this.scratch = scratch;
        this.out = out;
    }

    void run(String step) throws IOException {
        switch (step) {
            case "raw" -> figure("raw", BenchMeter.time(() -> new RawAggregate(store.db()).broadcastsByUnitAndWeek(),
                    new Object[1]));
            case "progress-changed" -> {
                store.dailySeries.forgetSnapshots();
                figure("progress-changed", BenchMeter.time(() -> new ProgressEngine(store).evaluate(plan, until),
                        new Object[1]));
            }
            case "progress-cold" -> figure("progress-cold", BenchMeter.time(
                    () -> new ProgressEngine(store).evaluate(plan, until), new Object[1]));
            case "progress-warm" -> progressWarm();
            case "dashboard" -> dashboard();
            case "export" -> figure("export", BenchMeter.time(() -> io(() -> new DatabaseExport(store)
                    .write(scratch.resolve("export.xlsx")))));
            case "pdf" -> report("pdf", content -> new ReportPdf(messages).write(content, scratch.resolve("report.pdf")));
            case "docx" -> report("docx", content -> new DocxReport(messages).write(content,
                    scratch.resolve("report.docx")));
            case "zip" -> figure("zip", BenchMeter.time(() -> io(() -> zip(store.folder().database(),
                    scratch.resolve("plain.zip")))));
            case "backup" -> figure("backup", BenchMeter.time(() -> io(() -> BackupService.backup(store,
                    scratch.resolve("backup.zip")))));
            case "sql-fill" -> sqlFill();
            case "import" -> imports(false);
            case "reimport" -> imports(true);
            default -> throw new IllegalArgumentException("no benchmark step " + step);
        }
    }

    /** The year report composed with a cold engine and written, and apart how much of it is composing. */
    private void report(String key, ReportWriting writing) {
        long[] composing = new long[1];
        figure(key, BenchMeter.time(() -> io(() -> {
            long start = System.nanoTime();
            ReportContent content = yearReport();
            composing[0] = (System.nanoTime() - start) / 1_000_000;
            writing.write(content);
        })));
        out.accept(new BenchFigure(key + "-compose", composing[0], -1, -1));
    }

    private interface ReportWriting {
        void write(ReportContent content) throws IOException;
    }

    private void progressWarm() {
        ProgressEngine engine = new ProgressEngine(store);
        engine.evaluate(plan, until);
        List<Long> warm = new ArrayList<>();
        long heap = 0;
        for (int i = 0; i < runs; i++) {
            LocalDate asOf = until.minusDays(i % 7);
            BenchMeter.Measure m = BenchMeter.time(() -> engine.evaluate(plan, asOf), new Object[1]);
            warm.add(m.millis());
            heap = Math.max(heap, m.peakHeapMb());
        }
        Collections.sort(warm);
        long rss = ProcessMemory.peakRssMb();
        out.accept(new BenchFigure("progress-warm-median", warm.get(warm.size() / 2), heap, rss));
        out.accept(new BenchFigure("progress-warm-max", warm.get(warm.size() - 1), heap, rss));
    }

    /**
     * What Tổng quan loads off the FX thread with its own engine: the figures (every target, and the
     * plan-to-date figure of those repeating every year), then the chart of the first target (the
     * day-by-day cumulative line, which reads every day of its kind).
     */
    private void dashboard() {
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
        figure("dashboard-figures", figures);
        PlanProgress progress = (PlanProgress) result[0];
        BenchMeter.Measure chart = BenchMeter.time(() -> engine.cumulative(progress.targets().get(0).target(), plan,
                until), result);
        out.accept(new BenchFigure("dashboard-chart", figures.millis() + chart.millis(), chart.peakHeapMb(),
                chart.peakRssMb()));
    }

    private ReportContent yearReport() {
        int year = until.getYear();
        return new ReportComposer(store, new ProgressEngine(store)).compose(plan, ReportType.YEAR,
                ReportType.YEAR.periodFrom(year), ReportType.YEAR.periodTo(year), "", "");
    }

    /** The baseline of the imports: the same rows inserted into the schema by plain SQL. */
    private void sqlFill() {
        BenchImportFile rows = importFile();
        RawAggregate raw = new RawAggregate(store.db());
        figure("sql-fill", rolledBack(() -> BenchMeter.time(() -> raw.insertBroadcasts(rows.broadcasts()))));
    }

    /** Imports the 100,000 rows, or imports them and then times their re-import; rolled back. */
    private void imports(boolean again) throws IOException {
        Path csv = importFile().write(scratch);
        Importer importer = new Importer(store, messages);
        BenchMeter.Measure measure = rolledBack(() -> {
            if (again) {
                importOnce(importer, csv, IMPORT_ROWS);
            }
            return BenchMeter.time(() -> importOnce(importer, csv, again ? 0 : IMPORT_ROWS));
        });
        figure(again ? "reimport" : "import", measure);
    }

    private BenchImportFile importFile() {
        List<Unit> communes = store.units.listLive().stream()
                .filter(u -> u.level() == COMMUNE_LEVEL && u.validTo() == null).toList();
        return new BenchImportFile(communes, IMPORT_ROWS, until, store.clock().instant());
    }

    private static void importOnce(Importer importer, Path csv, int expectAdded) {
        ImportPreview preview = importer.importFiles(List.of(csv), Progress.NONE);
        if (preview.hasProblems() || preview.added() != expectAdded) {
            throw new IllegalStateException("benchmark import went wrong: " + preview.added() + " added, "
                    + preview.problems().size() + " problems");
        }
    }

    /** Runs the work in a transaction that is then rolled back, so that the data set stays as it was. */
    private <T> T rolledBack(Supplier<T> work) {
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

    private void figure(String key, BenchMeter.Measure measure) {
        out.accept(new BenchFigure(key, measure));
    }

    private static void zip(Path file, Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
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
