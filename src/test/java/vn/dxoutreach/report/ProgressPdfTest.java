package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The printed progress document of the sample district, read back as a reader would. */
class ProgressPdfTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;
    private static Store store;
    private static Plan plan;
    private static PlanProgress progress;
    private static Letterhead letterhead;

    @BeforeAll
    static void sampleDistrict() {
        store = StoreFixture.open(folder.resolve("data"));
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, AS_OF, 7);
        plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        progress = new ProgressEngine(store).evaluate(plan, AS_OF);
        letterhead = Letterhead.of(new OfficeProfile("UBND HUYỆN AN HÒA", "Phòng Văn hóa và Thông tin", "BC-VHTT",
                "An Hòa", "Trưởng phòng", "Nguyễn Văn A", java.util.List.of()), new Office(store).unit().orElseThrow(),
                AS_OF);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aTargetDocumentCarriesTheAdministrativeHeadingTheTitleAndItsNumbers() throws Exception {
        TargetProgress first = progress.targets().get(0);
        Path pdf = folder.resolve("target.pdf");
        new ProgressPdf(Messages.vietnamese()).writeTarget(pdf, letterhead, plan, first,
                new ProgressEngine(store).cumulative(first.target(), plan, AS_OF));

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "PHÒNG VĂN HÓA VÀ THÔNG TIN", "An Hòa, ngày 22 tháng 11 năm 2026",
                    "TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU", "96/KH-UBND", "22/11/2026", ProgressText.attainment(first));
            assertThat(text).containsPattern("Trang 1\\s*/" + document.getNumberOfPages());
            assertThat(text).contains(first.units().get(0).unit().name());
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            render(document, "progress-target-page1.png");
        }
    }

    @Test
    void aPlanDocumentListsEveryTargetWithItsAttainment() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        new ProgressPdf(Messages.vietnamese()).writePlan(pdf, letterhead, progress);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            for (TargetProgress t : progress.targets()) {
                assertThat(text).contains(t.target().code());
            }
            assertThat(document.getNumberOfPages()).isGreaterThan(progress.targets().size());
            render(document, "progress-plan-page1.png");
        }
    }

    private static void render(PDDocument document, String name) throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
        Path out = Path.of("target", "test-output");
        Files.createDirectories(out);
        ImageIO.write(page, "png", out.resolve(name).toFile());
    }
}
