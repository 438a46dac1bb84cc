package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.report.page.PngOutput;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** The printed progress document of the sample district, read back as a reader would. */
class ProgressDocumentTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path folder;
    private static Store store;
    private static Plan plan;
    private static ProgressEngine engine;
    private static PlanProgress progress;
    private static ProgressDocument document;

    @BeforeAll
    static void sampleDistrict() {
        store = StoreFixture.open(folder.resolve("data"));
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, AS_OF, 7);
        plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        engine = new ProgressEngine(store);
        progress = engine.evaluate(plan, AS_OF);
        Letterhead letterhead = Letterhead.of(new OfficeProfile("UBND HUYỆN AN HÒA", "Phòng Văn hóa và Thông tin",
                "BC-VHTT", "An Hòa", "Trưởng phòng", "Nguyễn Văn A", List.of()), new Office(store).unit().orElseThrow(),
                AS_OF);
        document = new ProgressDocument(Messages.vietnamese(), letterhead);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static PageSet firstTarget() {
        TargetProgress first = progress.targets().get(0);
        return document.target(plan, first, engine.cumulative(first.target(), plan, AS_OF));
    }

    @Test
    void aTargetDocumentCarriesTheAdministrativeHeadingTheTitleAndItsNumbers() throws Exception {
        TargetProgress first = progress.targets().get(0);
        Path pdf = folder.resolve("target.pdf");
        document.writePdf(firstTarget(), pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "PHÒNG VĂN HÓA VÀ THÔNG TIN", "An Hòa, ngày 22 tháng 11 năm 2026",
                    "TIẾN ĐỘ THỰC HIỆN CHỈ TIÊU", "96/KH-UBND", "22/11/2026", "Ngày in: 22/11/2026",
                    ProgressText.attainment(first), "TRƯỞNG PHÒNG", "Nguyễn Văn A");
            assertThat(text).doesNotContain("Trang 1/");
            // the table under the chart: a unit's name and its total
            var unit = first.units().get(0);
            assertThat(text).contains(unit.unit().name(), Formats.number(unit.total()));
            keep(pdf, "progress-target.pdf");
            render(read, 0, "progress-target-page1.png");
            render(read, read.getNumberOfPages() - 1, "progress-target-last.png");
        }
    }

    @Test
    void thePdfEmbedsEveryFontItUses() throws Exception {
        Path pdf = folder.resolve("fonts.pdf");
        document.writePdf(firstTarget(), pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (var page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void aPlanDocumentListsEveryTargetWithItsAttainmentAndThenEachTargetsPages() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        document.writePdf(document.plan(progress, t -> engine.cumulative(t.target(), plan, AS_OF)), pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            String first = new PDFTextStripper() {
                {
                    setEndPage(1);
                }
            }.getText(read);
            for (TargetProgress t : progress.targets()) {
                assertThat(first).contains(t.target().code(), ProgressText.attainment(t));
            }
            assertThat(read.getNumberOfPages()).isGreaterThan(progress.targets().size());
            keep(pdf, "progress-plan.pdf");
            render(read, 0, "progress-plan-page1.png");
            render(read, 1, "progress-plan-page2.png");
        }
    }

    @Test
    void aPlanDocumentIsSignedAfterItsLastTargetNotOnItsFirstPage() throws Exception {
        Path pdf = folder.resolve("plan-signed.pdf");
        document.writePdf(document.plan(progress, t -> engine.cumulative(t.target(), plan, AS_OF)), pdf);

        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            int last = read.getNumberOfPages();
            PDFTextStripper page = new PDFTextStripper();
            page.setEndPage(1);
            assertThat(page.getText(read)).doesNotContain("TRƯỞNG PHÒNG", "Nguyễn Văn A");
            page.setStartPage(last);
            page.setEndPage(last);
            assertThat(page.getText(read)).contains("TRƯỞNG PHÒNG", "Nguyễn Văn A");
        }
    }

    @Test
    void thePngIsTheSamePagesOneFileEach() throws Exception {
        PageSet pages = firstTarget();
        Path png = folder.resolve("ct01.png");

        List<Path> files = PngOutput.write(pages, png);

        assertThat(files).hasSize(pages.count()).startsWith(png);
        assertThat(files.get(1).getFileName()).hasToString("ct01-2.png");
        BufferedImage image = ImageIO.read(png.toFile());
        // A4 landscape at 150 dpi
        assertThat(image.getWidth()).isEqualTo(1754);
        assertThat(image.getHeight()).isEqualTo(1240);
        Files.createDirectories(Path.of("target", "test-output"));
        Files.copy(png, Path.of("target", "test-output", "progress-target-page1-direct.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A copy to open by hand. */
    private static void keep(Path pdf, String name) throws Exception {
        Path out = Path.of("target", "test-output");
        Files.createDirectories(out);
        Files.copy(pdf, out.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void render(PDDocument read, int page, String name) throws Exception {
        BufferedImage image = new PDFRenderer(read).renderImageWithDPI(page, 100);
        Path out = Path.of("target", "test-output");
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve(name).toFile());
    }
}
