package vn.dxoutreach.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.dossier.DossierCollector;
import vn.dxoutreach.report.dossier.DossierContent;
import vn.dxoutreach.report.dossier.DossierDocument;
import vn.dxoutreach.report.dossier.DossierProgress;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The sample district's photos: a few per commune in each year's 10/10 campaign, shown in its dossier. */
class SampleEvidenceTest {

    private static final long SEED = 11;
    private static final LocalDate UNTIL = LocalDate.of(2024, 12, 31);

    @TempDir
    static Path folder;
    private static Store store;

    @BeforeAll
    static void sampleDistrict() {
        store = StoreFixture.open(folder.resolve("data"));
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, UNTIL, SEED);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyCommuneHasTwoToFourPhotosOnRecordsOfEachYearsCampaign() {
        List<Evidence> photos = store.evidence.listLive();
        Map<String, Long> perCommuneAndYear = photos.stream()
                .collect(Collectors.groupingBy(e -> commune(e.meta().unitId()) + "/" + day(e).getYear(),
                        Collectors.counting()));

        assertThat(photos).isNotEmpty().allSatisfy(e -> {
            assertThat(e.mediaType()).isEqualTo("image/jpeg");
            assertThat(e.fileName()).startsWith("anh-mau-").endsWith(".jpg");
            assertThat(Files.size(store.evidence.pathOf(e.sha256()))).isEqualTo(e.sizeBytes());
            assertThat(day(e).getMonth()).isEqualTo(Month.OCTOBER);
            assertThat(day(e).getDayOfMonth()).isBetween(1, 10);
        });
        // the twelve communes of 2023 and 2024 (the merged one starts in 2025)
        assertThat(perCommuneAndYear).hasSize(24).allSatisfy((key, count) -> assertThat(count).isBetween(2L, 4L));
    }

    @Test
    void theEventDossierListsThePhotosOfThatYearsCampaign() throws Exception {
        Plan plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        Set<UUID> photos2024 = store.evidence.listLive().stream().filter(e -> day(e).getYear() == 2024)
                .map(e -> e.meta().id()).collect(Collectors.toSet());
        DossierContent content = new DossierCollector(store, new ProgressEngine(store)).collect(plan,
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 10), DossierProgress.NONE);
        Set<UUID> shown = content.sections().stream().flatMap(s -> s.units().stream())
                .flatMap(u -> u.records().stream()).flatMap(r -> r.photos().stream())
                .map(p -> p.evidence().meta().id()).collect(Collectors.toSet());
        assertThat(shown).isEqualTo(photos2024);

        DossierDocument document = new DossierDocument(Messages.vietnamese());
        Path pdf = folder.resolve("ho-so.pdf");
        document.writePdf(document.layout(content), pdf, DossierProgress.NONE);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            store.evidence.listLive().stream().filter(e -> photos2024.contains(e.meta().id()))
                    .forEach(e -> assertThat(text).contains(e.fileName()));
        }
    }

    @Test
    void theSameSeedDrawsTheSamePhotos() {
        try (Store again = StoreFixture.open(folder.resolve("again"))) {
            new SampleDataGenerator(again).generate(SampleSize.DISTRICT, UNTIL, SEED);

            assertThat(hashes(again)).isEqualTo(hashes(store));
        }
    }

    private static List<String> hashes(Store s) {
        return s.evidence.listLive().stream().map(Evidence::sha256).sorted().toList();
    }

    private static LocalDate day(Evidence e) {
        return store.activities(e.recordKind()).find(e.recordId()).orElseThrow().day();
    }

    /** The commune of a record's unit: the unit itself, or its parent for a village. */
    private static UUID commune(UUID unitId) {
        Unit unit = store.units.find(unitId).orElseThrow();
        return unit.level() == 4 ? unit.parentId() : unit.id();
    }
}
