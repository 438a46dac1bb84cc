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
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** A department's long name in the letterhead breaks after its comma, in the PDF and the DOCX alike. */
class ReportLetterheadTest {

    private static final Messages VI = Messages.vietnamese();
    private static final String DEPARTMENT = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH";

    @TempDir
    static Path folder;
    private static Store store;
    private static ReportContent content;

    @BeforeAll
    static void reportOfTheDepartment() {
        store = StoreFixture.open(folder.resolve("data"));
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 11);
        ReportContent c = new ReportComposer(store, new ProgressEngine(store)).compose(
                store.plans.findBySymbol("96/KH-UBND").orElseThrow(), ReportType.EVENT,
                ReportType.EVENT.periodFrom(2024), ReportType.EVENT.periodTo(2024), "", "");
        Letterhead letterhead = new Letterhead("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", DEPARTMENT, "Bình An", "GIÁM ĐỐC",
                "Nguyễn Văn A", LocalDate.of(2024, 10, 12));
        content = new ReportContent(c.type(), c.plan(), letterhead, c.number(), c.from(), c.to(), c.figures(),
                c.previous(), c.periodProgress(), c.prorated(), c.officialSlogans(), c.idleUnits(), "", "",
                SectionNotes.NONE, List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void thePdfSetsTheDepartmentOnTwoLinesBrokenAfterTheComma() throws Exception {
        Path pdf = folder.resolve("letterhead.pdf");
        new ReportPdf(VI).write(content, pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            List<String> lines = firstPage.getText(document).lines().map(String::strip).toList();

            assertThat(lines).containsSubsequence("SỞ VĂN HÓA,", "THỂ THAO VÀ DU LỊCH");
            assertThat(lines).noneMatch(line -> line.endsWith(" DU") || line.equals("LỊCH"));
        }
    }

    @Test
    void theDocxBreaksTheDepartmentsLineAfterTheCommaItself() throws Exception {
        Path docx = folder.resolve("letterhead.docx");
        new DocxReport(VI).write(content, docx);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in)) {
            List<String> bodies = document.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();

            assertThat(bodies).hasSize(2);
            assertThat(bodies.get(0)).isIn("ỦY BAN NHÂN DÂN TỈNH BÌNH AN", "ỦY BAN NHÂN DÂN\nTỈNH BÌNH AN");
            assertThat(bodies.get(1)).isEqualTo("SỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH");
        }
    }
}
