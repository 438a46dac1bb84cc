package vn.dxoutreach.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ChannelFixture;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The report's sections on news items, events, materials and the apps the teams installed, read back. */
class ChannelSectionsTest {

    private static final Messages VI = Messages.vietnamese();
    private static final String NEWS = "Đăng 3 tin, bài trên các kênh: Cổng/Trang thông tin điện tử 2, Facebook 1;"
            + " tổng lượt xem 420 (nơi có số liệu).";
    private static final String EVENTS = "Tổ chức 3 sự kiện (Hội nghị 1, Ra quân/Ngày Chủ nhật số 1, Tập huấn 1)"
            + " với 220 lượt người tham dự.";
    private static final String MATERIALS = "Phát hành, gửi 2 đợt tài liệu, tin nhắn với tổng số 3.500 bản, tin nhắn"
            + " (Tin nhắn SMS 3.000, Tờ rơi 500).";
    private static final String APPS = "tổng số tài khoản, ứng dụng được cài đặt cho người dân là 12.";
    private static final SectionNotes NOTES = new SectionNotes("", "", "", "Các xã đăng tin đều đặn.",
            "Ngày Chủ nhật số thu hút đông người dân.", "Tờ rơi phát tại chợ.");

    @TempDir
    static Path folder;
    private static Store store;
    private static ChannelFixture fixture;

    @BeforeAll
    static void open() throws Exception {
        store = StoreFixture.open(folder.resolve("data"));
        fixture = new ChannelFixture(store, folder.resolve("files"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ReportContent compose(LocalDate from, LocalDate to, SectionNotes notes) {
        return new ReportComposer(store, new ProgressEngine(store)).compose(fixture.plan, ReportType.CUSTOM, from, to,
                "", "", notes);
    }

    private static List<String> paragraphs(ReportContent content) {
        return new ReportText(VI).body(content).stream().map(b -> b instanceof ReportBlock.Text t ? t.text()
                : b instanceof ReportBlock.Heading h ? h.text() : "").toList();
    }

    @Test
    void eachKindHasASectionOfItsFiguresByChannelOrTypeWithTheOfficesNoteAfterIt() {
        List<String> body = paragraphs(compose(ChannelFixture.FROM, ChannelFixture.TO, NOTES));

        assertThat(body).containsSubsequence(
                "4. Tuyên truyền trên Cổng/Trang thông tin điện tử, báo chí và mạng xã hội", NEWS, NOTES.news(),
                "5. Tổ chức hội nghị, hội thảo, tập huấn và các sự kiện hưởng ứng", EVENTS, NOTES.events(),
                "6. Phát hành tài liệu tuyên truyền, gửi tin nhắn", MATERIALS, NOTES.materials(),
                "7. Kết quả thực hiện các chỉ tiêu của kế hoạch trong kỳ báo cáo",
                "8. Kết quả thực hiện chỉ tiêu của từng đơn vị trong kỳ (tỷ lệ số kỳ đạt)",
                "9. Đơn vị chậm tiến độ, chưa có hoạt động trong kỳ");
        assertThat(body).anySatisfy(p -> assertThat(p).startsWith("Các Tổ công nghệ số cộng đồng").endsWith(APPS));
    }

    @Test
    void aPeriodWithoutNewsEventsMaterialsOrAppsSaysNothingOfThem() {
        // 03/10 alone: a broadcast and a session, which installed apps; 01/11: nothing at all
        List<String> third = paragraphs(compose(LocalDate.of(2023, 10, 3), LocalDate.of(2023, 10, 3), NOTES));
        List<String> november = paragraphs(compose(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30), NOTES));

        assertThat(third).contains("4. Kết quả thực hiện các chỉ tiêu của kế hoạch trong kỳ báo cáo")
                .noneMatch(p -> p.startsWith("Đăng ") || p.startsWith("Tổ chức ") || p.startsWith("Phát hành, gửi"))
                .noneMatch(p -> p.contains("Tuyên truyền trên Cổng") || p.contains("Phát hành tài liệu tuyên truyền"))
                .doesNotContain(NOTES.news(), NOTES.events(), NOTES.materials())
                .anySatisfy(p -> assertThat(p).endsWith(APPS));
        assertThat(november).noneMatch(p -> p.contains("tài khoản, ứng dụng"));
    }

    @Test
    void unknownViewsAndUncountedParticipantsAreLeftUnsaid() throws Exception {
        ReportContent content = compose(LocalDate.of(2023, 10, 6), LocalDate.of(2023, 10, 6), SectionNotes.NONE);

        assertThat(paragraphs(content)).contains("Đăng 1 tin, bài trên các kênh: Cổng/Trang thông tin điện tử 1.")
                .noneMatch(p -> p.contains("lượt xem"));
    }

    @Test
    void thePdfHasEachNewSection() throws Exception {
        ReportContent content = compose(ChannelFixture.FROM, ChannelFixture.TO, NOTES);
        Path pdf = folder.resolve("kenh.pdf");
        new ReportPdf(VI).write(content, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            // justified lines read back with gaps of their own: compared without spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : List.of(NEWS, NOTES.news(), EVENTS, NOTES.events(), MATERIALS, NOTES.materials(),
                    APPS, "6.Pháthànhtàiliệutuyêntruyền,gửitinnhắn")) {
                assertThat(text).contains(expected.replace(" ", ""));
            }
        }
    }

    @Test
    void theDocxHasEachNewSectionAsAHeadingAndAParagraph() throws Exception {
        ReportContent content = compose(ChannelFixture.FROM, ChannelFixture.TO, NOTES);
        Path docx = folder.resolve("kenh.docx");
        new DocxReport(VI).write(content, docx);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSubsequence(
                    "4. Tuyên truyền trên Cổng/Trang thông tin điện tử, báo chí và mạng xã hội", NEWS, NOTES.news(),
                    "5. Tổ chức hội nghị, hội thảo, tập huấn và các sự kiện hưởng ứng", EVENTS, NOTES.events(),
                    "6. Phát hành tài liệu tuyên truyền, gửi tin nhắn", MATERIALS, NOTES.materials());
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().startsWith("5. Tổ chức hội nghị"))
                    .singleElement().satisfies(p -> assertThat(p.getStyle()).isEqualTo("Heading2"));
        }
    }
}
