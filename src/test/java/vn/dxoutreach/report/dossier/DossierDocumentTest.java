package vn.dxoutreach.report.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.report.page.PngOutput;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The evidence dossier of a small district, written as a PDF and read back as an assessor would. */
class DossierDocumentTest {

    @TempDir
    static Path folder;
    private static Store store;
    private static DossierFixture fixture;
    private static PageSet pages;
    private static List<String> pageTexts;
    private static String text;
    private static Path pdf;

    @BeforeAll
    static void writeTheDossier() throws Exception {
        store = StoreFixture.open(folder.resolve("data"));
        fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
        DossierContent content = new DossierCollector(store, new ProgressEngine(store)).collect(fixture.plan,
                DossierFixture.FROM, DossierFixture.TO, DossierProgress.NONE);
        DossierDocument document = new DossierDocument(Messages.vietnamese());
        pages = document.layout(content);
        pdf = folder.resolve("ho-so.pdf");
        document.writePdf(pages, pdf, DossierProgress.NONE);
        pageTexts = new ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            // words as a reader sees them, whatever line they were wrapped onto
            text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            for (int i = 1; i <= read.getNumberOfPages(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(stripper.getText(read));
            }
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aDossierWithThreePhotosHasThreeCaptions() {
        Matcher captions = Pattern.compile("Ảnh (\\d+)\\. ").matcher(text);
        List<String> numbers = new ArrayList<>();
        while (captions.find()) {
            numbers.add(captions.group(1));
        }
        assertThat(numbers).containsExactly("1", "2", "3");
        assertThat(text).contains("Người nhập liệu: Nguyễn Thị Hoa", "Người nhập liệu: Trần Văn Nam",
                "Ngày hoạt động: 05/10/2026 – Xã An Phú", "Phát thanh: Chuyên mục Chuyển đổi số",
                "Tổ CNSCĐ: Cài đặt VNeID");
    }

    @Test
    void captionsCarryTheExifDateAndPlaceOrSayThereIsNone() {
        assertThat(text).contains("Ngày chụp: 05/10/2026 08:30, tại 21,0285° B, 105,8542° Đ",
                "Không có ngày chụp");
    }

    @Test
    void aPhotoTakenFarFromItsRecordsDateIsFlaggedAndACloseOneIsNot() {
        assertThat(Pattern.compile("Ngày chụp lệch \\d+ ngày").matcher(text).results().count()).isEqualTo(1);
        assertThat(text).contains("Ngày chụp lệch 5 ngày so với ngày hoạt động");
        int flag = text.indexOf("Ngày chụp lệch");
        assertThat(text.substring(text.lastIndexOf("Ảnh ", flag), flag)).contains("Cài đặt VNeID");
    }

    @Test
    void theContentsPageListsEachTargetAndUnitWithTheirPage() {
        String first = pageTexts.get(0);
        assertThat(first).contains("HỒ SƠ MINH CHỨNG", "Tuyên truyền chuyển đổi số năm 2026",
                "Kế hoạch số 96/KH-UBND – từ ngày 01/10/2026 đến ngày 10/10/2026", "MỤC LỤC",
                "Chỉ tiêu CT01: Phát thanh chuyên mục chuyển đổi số",
                "Chỉ tiêu CT02: Tổ công nghệ số hướng dẫn người dân");
        Matcher line = Pattern.compile("Chỉ tiêu CT02: Tổ công nghệ số hướng dẫn người dân[ .]*(\\d+)")
                .matcher(first);
        assertThat(line.find()).isTrue();
        int page = Integer.parseInt(line.group(1));
        assertThat(pageTexts.get(page - 1)).contains("Chỉ tiêu CT02: Tổ công nghệ số hướng dẫn người dân",
                "Các hoạt động được tính từ ngày 01/10/2026");
    }

    @Test
    void aDocumentIsListedWithItsSha256AndARecordWithoutEvidenceIsNamed() {
        assertThat(text.replaceAll("\\s+", "")).contains(fixture.documentSha);
        assertThat(text).contains("kich-ban.pdf", "Chưa có minh chứng", "Bản tin không ảnh");
    }

    @Test
    void theFirstPageCarriesTheAdministrativeHeadingAndEveryLaterPageItsNumber() {
        assertThat(pageTexts.get(0)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN AN HÒA");
        assertThat(pageTexts.get(0)).doesNotContain("Trang ");
        for (int i = 1; i < pageTexts.size(); i++) {
            assertThat(pageTexts.get(i).lines().map(String::strip)).as("page %d", i + 1)
                    .contains(String.valueOf(i + 1));
        }
    }

    @Test
    void fontsAreEmbeddedAndPhotosKeptSmall() throws Exception {
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            for (var page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(Files.size(pdf)).isLessThan(400_000);
    }

    @Test
    void theFirstPageAndAPhotoPageRenderAsImages() throws Exception {
        Path out = Files.createDirectories(Path.of("target", "test-output"));
        ImageIO.write(PngOutput.image(pages, 0, 100), "png", out.resolve("dossier-page1.png").toFile());
        int photoPage = pageTexts.indexOf(pageTexts.stream().filter(t -> t.contains("Ảnh 1.")).findFirst()
                .orElseThrow());
        ImageIO.write(PngOutput.image(pages, photoPage, 100), "png", out.resolve("dossier-photos.png").toFile());
        assertThat(out.resolve("dossier-photos.png")).exists();
    }
}
