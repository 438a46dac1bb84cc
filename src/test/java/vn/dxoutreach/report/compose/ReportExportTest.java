package vn.dxoutreach.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** Reports of every type drafted from the sample district, read back as Word and a PDF reader would. */
class ReportExportTest {

    @TempDir
    static Path folder;
    private static Store store;
    private static Plan plan;
    private static final Messages VI = Messages.vietnamese();
    private static final SectionNotes NOTES = new SectionNotes("Đài truyền thanh xã phát bản tin hằng tuần.",
            "Băng rôn được treo tại chợ và trụ sở xã.", "Tổ công nghệ số thôn hỗ trợ người cao tuổi.");
    /** How each activity section's sentence of figures begins. */
    private static final List<String> SECTION_SENTENCES = List.of("Các đài truyền thanh đã phát", "Đã treo ",
            "Các Tổ công nghệ số cộng đồng đã tổ chức");

    @BeforeAll
    static void sampleDistrict() {
        store = StoreFixture.open(folder.resolve("data"));
        new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 12, 31), 11);
        plan = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ReportContent compose(ReportType type) {
        return compose(type, SectionNotes.NONE);
    }

    private static ReportContent compose(ReportType type, SectionNotes notes) {
        return new ReportComposer(store, new ProgressEngine(store)).compose(plan, type, type.periodFrom(2024),
                type.periodTo(2024), "Đơn vị đã hoàn thành tốt.", "Tiếp tục duy trì chuyên mục.", notes);
    }

    private static ReportContent compose(ReportType type, int year, String assessment) {
        return new ReportComposer(store, new ProgressEngine(store)).compose(plan, type, type.periodFrom(year),
                type.periodTo(year), assessment, "", SectionNotes.NONE);
    }

    private static String pdfText(ReportContent content, String name) throws Exception {
        try (PDDocument document = pdf(content, name)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String docxText(ReportContent content, String name) throws Exception {
        try (XWPFDocument doc = docx(content, name)) {
            return new XWPFWordExtractor(doc).getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSixMonthReportCountsFrom15DecemberOfTheYearBeforeTo14June() throws Exception {
        ReportContent content = compose(ReportType.HALF_YEAR, 2024, "");
        String period = "Số liệu tính từ ngày 15/12/2023 đến ngày 14/06/2024";

        assertThat(content.from()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(pdfText(content, "half-year-period.pdf")).contains("6 THÁNG ĐẦU NĂM 2024", period);
        assertThat(docxText(content, "half-year-period.docx")).contains(period);
    }

    @Test
    void aYearReportCountsFrom15DecemberOfTheYearBeforeTo14December() throws Exception {
        ReportContent content = compose(ReportType.YEAR, 2024, "");
        String period = "Số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024";

        assertThat(pdfText(content, "year-period.pdf")).contains("NĂM 2024", period);
        assertThat(docxText(content, "year-period.docx")).contains(period);
    }

    @Test
    void aMonthlyAndAQuarterlyReportNameTheirMonthAndQuarterAndCountDecree09Periods() throws Exception {
        ReportComposer composer = new ReportComposer(store, new ProgressEngine(store));
        ReportContent march = composer.compose(plan, ReportType.MONTHLY, ReportType.MONTHLY.periodFrom(2024, 3),
                ReportType.MONTHLY.periodTo(2024, 3), "", "", SectionNotes.NONE);
        ReportContent firstQuarter = composer.compose(plan, ReportType.QUARTERLY,
                ReportType.QUARTERLY.periodFrom(2024, 1), ReportType.QUARTERLY.periodTo(2024, 1), "", "",
                SectionNotes.NONE);

        for (String text : List.of(pdfText(march, "month.pdf"), docxText(march, "month.docx"))) {
            assertThat(text).containsIgnoringCase("Báo cáo tháng 03/2024 về kết quả tuyên truyền chuyển đổi số")
                    .contains("Số liệu tính từ ngày 15/02/2024 đến ngày 14/03/2024");
        }
        for (String text : List.of(pdfText(firstQuarter, "quarter.pdf"), docxText(firstQuarter, "quarter.docx"))) {
            assertThat(text).containsIgnoringCase("Báo cáo quý 1/2024 về kết quả tuyên truyền chuyển đổi số")
                    .contains("Số liệu tính từ ngày 15/12/2023 đến ngày 14/03/2024");
        }
    }

    @Test
    void noPlaceholderTextIsPrinted() throws Exception {
        for (ReportType type : List.of(ReportType.YEAR, ReportType.HALF_YEAR, ReportType.EVENT)) {
            ReportContent content = compose(type, 2023, "");
            for (String text : List.of(pdfText(content, type + "-placeholders.pdf"),
                    docxText(content, type + "-placeholders.docx"))) {
                assertThat(text).doesNotContain("{", "}", "null", "(Nhập", "TODO", "???", "NaN", "Infinity");
            }
        }
    }

    @Test
    void anEventReportWhosePeriodHasNotEndedClaimsNoUnitFullyCompliantInTheDocx() throws Exception {
        // the fixture's day is 01/07/2024: 01–10/10/2024 has not come, no period of any target has closed
        try (XWPFDocument doc = docx(compose(ReportType.EVENT, 2024, ""), "event-open.docx")) {
            var targets = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Mã"))
                    .findFirst().orElseThrow();
            assertThat(targets.getRow(0).getCell(3).getText()).isEqualTo("Đơn vị đạt đủ");
            for (int r = 1; r < targets.getNumberOfRows(); r++) {
                assertThat(targets.getRow(r).getCell(3).getText()).isEqualTo("—");
            }
            assertThat(new XWPFWordExtractor(doc).getText()).doesNotContain("Không có đơn vị nào chậm tiến độ");
        }
    }

    @Test
    void aYearReportComparesWithTheYearBeforeTheOneItsFiguresEndIn() {
        // figures of 15/12/2023–14/12/2024 are the year 2024; the same period a year before is 2023's
        String text = new ReportText(VI).body(compose(ReportType.YEAR, 2024, "")).stream()
                .filter(ReportBlock.Text.class::isInstance).map(b -> ((ReportBlock.Text) b).text())
                .reduce("", String::concat);

        assertThat(text).contains("So với cùng kỳ năm 2023").doesNotContain("cùng kỳ năm 2022");
    }

    @Test
    void aPastEventReportAssessesEveryTargetAndClaimsNoFullComplianceWithoutAClosedPeriod() throws Exception {
        // 2023's 01–10/10 is past on the fixture's day (01/07/2024); the campaign targets repeat every year
        ReportContent content = compose(ReportType.EVENT, 2023, "");

        assertThat(content.periodProgress()).extracting(t -> t.target().code()).contains("CT04", "CT05");
        assertThat(content.periodProgress()).allSatisfy(t -> assertThat(t.closedPairs()).isPositive());
        for (String text : List.of(pdfText(content, "event-2023.pdf"), docxText(content, "event-2023.docx"))) {
            assertThat(text).doesNotContain("Chưa đến kỳ đánh giá")
                    .contains("Chỉ tiêu CT02 tính theo tháng; kỳ báo cáo không có trọn một tháng nào");
        }
        var targets = new ReportText(VI).body(content).stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).filter(t -> t.headers().get(0).equals("Mã")).findFirst()
                .orElseThrow();
        for (int i = 0; i < content.periodProgress().size(); i++) {
            var t = content.periodProgress().get(i);
            assertThat(targets.rows().get(i).get(3)).isEqualTo(t.fullyCompliantUnits() + "/" + t.scopedUnits());
        }
    }

    @Test
    void aProratedTargetsSentenceAndChartShowTheRoundedValueTheTableRates() throws Exception {
        // the monthly CT02 in the 10 days of 01–10/10/2023: 2 a month pro-rated to 0,65, assessed as 1
        ReportContent content = compose(ReportType.EVENT, 2023, "");
        var ct02 = content.periodProgress().stream().filter(t -> t.target().code().equals("CT02")).findFirst()
                .orElseThrow();
        Prorating p = content.prorating(ct02).orElseThrow();
        String used = Formats.number(ct02.target().value());
        List<ReportBlock> body = new ReportText(VI).body(content);
        var chart = body.stream().filter(ReportBlock.Chart.class::isInstance).map(ReportBlock.Chart.class::cast)
                .filter(c -> c.caption().contains("CT02")).findFirst().orElseThrow();
        var markers = chart.chart().getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);

        assertThat(p.proratedValue()).isNotEqualTo((double) ct02.target().value());
        assertThat(ct02.target().value()).isEqualTo((long) Math.ceil(p.proratedValue()));
        assertThat(sentence(content, "Chỉ tiêu CT02 tính theo")).contains("là " + Formats.decimal(p.proratedValue(), 2)
                + ", làm tròn lên " + used + " (mức dùng trong bảng và biểu đồ)");
        assertThat(markers).singleElement().satisfies(m -> {
            var marker = (org.jfree.chart.plot.ValueMarker) m;
            assertThat(marker.getValue()).isEqualTo(ct02.target().value());
            assertThat(marker.getLabel()).isEqualTo("Mức chỉ tiêu: " + used);
        });
        // the table's rate counts the units that met the rounded value
        long met = ct02.units().stream().filter(u -> u.actualPerBucket().get(0) >= ct02.target().value()).count();
        assertThat(ct02.units().stream().mapToInt(u -> u.metBuckets()).sum()).isEqualTo((int) met);
        assertThat(pdfText(content, "prorated.pdf")).contains("làm tròn lên " + used);
        assertThat(docxText(content, "prorated.docx")).contains("làm tròn lên " + used);
    }

    @Test
    void aTargetWithNoClosedPeriodShowsNoUnitsFullyCompliant() {
        // the fixture's day is 01/07/2024: the 2024 event report's period has not come
        ReportContent content = compose(ReportType.EVENT, 2024, "");
        var targets = new ReportText(VI).body(content).stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).filter(t -> t.headers().get(0).equals("Mã")).findFirst()
                .orElseThrow();

        assertThat(targets.rows()).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("—"));
        assertThat(new ReportText(VI).body(content)).noneMatch(b -> b.equals(new ReportBlock.Text(
                "Không có đơn vị nào chậm tiến độ so với các chỉ tiêu của kế hoạch.")));
    }

    @Test
    void sectionsTheOfficeLeftEmptyPrintNothing() throws Exception {
        ReportContent content = compose(ReportType.EVENT, 2023, "");

        for (String text : List.of(pdfText(content, "empty.pdf"), docxText(content, "empty.docx"))) {
            assertThat(text).doesNotContain("(Nhập", "ĐÁNH GIÁ CHUNG", "PHƯƠNG HƯỚNG, KIẾN NGHỊ");
        }
    }

    @Test
    void theBasisLineNamesThePlansSymbolDateIssuerAndSubjectOnce() throws Exception {
        String basis = "Thực hiện Kế hoạch số 96/KH-UBND ngày 12/12/2022 của Ủy ban nhân dân huyện An Hòa về tuyên"
                + " truyền chuyển đổi số trên hệ thống truyền thanh cơ sở giai đoạn 2023–2024, đơn vị báo cáo";
        ReportContent content = compose(ReportType.YEAR, 2024, "");

        assertThat(pdfText(content, "basis.pdf")).contains(basis);
        assertThat(docxText(content, "basis.docx")).contains(basis);
    }

    @Test
    void theBannerSentenceNamesTheOfficialSlogansOnlyWhenBannersCarriedThem() {
        ReportContent content = compose(ReportType.EVENT, 2023, "");
        String banners = sentence(content, "Đã treo ");
        ReportContent none = new ReportContent(content.type(), content.plan(), content.letterhead(), content.number(),
                content.from(), content.to(), content.figures(), content.previous(), content.periodProgress(),
                content.prorated(), List.of(), content.idleUnits(), "", "", SectionNotes.NONE, List.of());

        assertThat(content.officialSlogans()).isNotEmpty();
        assertThat(banners).contains("khẩu hiệu chính thức", "“" + content.officialSlogans().get(0).text() + "”");
        assertThat(sentence(none, "Đã treo ")).doesNotContain("chính thức");
    }

    @Test
    void theDocxNumbersPagesInAPageFieldAtTheTopFromPageTwo() throws Exception {
        try (XWPFDocument doc = docx(compose(ReportType.YEAR), "page-numbers.docx")) {
            var section = doc.getDocument().getBody().getSectPr();
            var policy = doc.getHeaderFooterPolicy();

            assertThat(section.isSetTitlePg()).as("a first page of its own").isTrue();
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleList())
                    .singleElement().satisfies(f -> assertThat(f.getInstr().strip()).isEqualTo("PAGE"));
            assertThat(policy.getDefaultHeader().getParagraphs().get(0).getAlignment())
                    .isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(policy.getFirstPageHeader().getText()).isBlank();
            assertThat(policy.getFirstPageHeader().getParagraphs()).allSatisfy(p -> assertThat(
                    p.getCTP().getFldSimpleList()).isEmpty());
        }
    }

    @Test
    void thePdfNumbersPageTwoAtItsTopAndPageOneNot() throws Exception {
        try (PDDocument document = pdf(compose(ReportType.YEAR), "page-numbers.pdf")) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(firstLine(document, 2)).isEqualTo("2");
            assertThat(firstLine(document, 1)).isNotEqualTo("1");
            // "Trang" alone is a word of the portal's name ("Cổng/Trang thông tin điện tử"): no "Trang 1/3"
            assertThat(new PDFTextStripper().getText(document)).doesNotContainPattern("Trang \\d")
                    .doesNotContain("Ngày in", "(Ký, ghi rõ họ tên)");
        }
    }

    /** The pages' text top to bottom, without the page numbers at their tops. */
    private static String readingText(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.setSortByPosition(true);
            stripper.getText(document).lines().filter(line -> !line.strip().matches("\\d+"))
                    .forEach(line -> text.append(line).append(' '));
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static String firstLine(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        return stripper.getText(document).lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .orElse("");
    }

    private static List<String> notes(SectionNotes notes) {
        return List.of(notes.radio(), notes.banners(), notes.teams());
    }

    /** The body's sentence of figures that begins so. */
    private static String sentence(ReportContent content, String beginning) {
        return new ReportText(VI).body(content).stream().filter(ReportBlock.Text.class::isInstance)
                .map(b -> ((ReportBlock.Text) b).text()).filter(t -> t.startsWith(beginning)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDocxHasEachSectionsNoteRightAfterItsFigures() throws Exception {
        ReportContent content = compose(ReportType.EVENT, NOTES);

        try (XWPFDocument doc = docx(content, "notes.docx")) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            for (int section = 0; section < 3; section++) {
                int figures = paragraphs.indexOf(sentence(content, SECTION_SENTENCES.get(section)));
                assertThat(figures).as("section %d's figures", section + 1).isNotNegative();
                assertThat(paragraphs.get(figures + 1)).isEqualTo(notes(NOTES).get(section));
            }
        }
    }

    @Test
    void thePdfHasEachSectionsNoteRightAfterItsFigures() throws Exception {
        ReportContent content = compose(ReportType.EVENT, NOTES);

        try (PDDocument document = pdf(content, "notes.pdf")) {
            // lines wrap where the page ends them, and justified lines read back with gaps inside words:
            // the text is compared without its spaces, as read down the pages
            String text = readingText(document).replace(" ", "");
            for (int section = 0; section < 3; section++) {
                assertThat(text).contains((sentence(content, SECTION_SENTENCES.get(section))
                        + notes(NOTES).get(section)).replace(" ", ""));
            }
        }
    }

    @Test
    void eachLineTheUserWroteIsAParagraphOfItsOwnInTheDocx() throws Exception {
        ReportContent content = new ReportComposer(store, new ProgressEngine(store)).compose(plan, ReportType.EVENT,
                ReportType.EVENT.periodFrom(2024), ReportType.EVENT.periodTo(2024), "Kết quả tốt.\n\nCòn hạn chế.",
                "", new SectionNotes("", "", "Tổ thôn 1 hỗ trợ VNeID.\nTổ thôn 2 hỗ trợ thanh toán số."));

        try (XWPFDocument doc = docx(content, "lines.docx")) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).containsSequence("Tổ thôn 1 hỗ trợ VNeID.", "Tổ thôn 2 hỗ trợ thanh toán số.")
                    .containsSequence("Kết quả tốt.", "Còn hạn chế.");
        }
    }

    @Test
    void onlyAWrittenNoteAddsAParagraph() {
        ReportContent none = compose(ReportType.EVENT);
        ReportContent one = compose(ReportType.EVENT, new SectionNotes("Đài xã phát bản tin.", "  \n ", ""));

        assertThat(new ReportText(VI).body(one)).hasSize(new ReportText(VI).body(none).size() + 1);
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = {"EVENT", "HALF_YEAR", "YEAR"})
    void theDocxHasTheHeadingTheTableAndTheChart(ReportType type) throws Exception {
        ReportContent content = compose(type);
        Path docx = folder.resolve(type + ".docx");
        new DocxReport(VI).write(content, docx);

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: …/", "Nơi nhận:", Formats.number(content.figures().broadcasts()),
                    "Đơn vị đã hoàn thành tốt.");
            // the letterhead, the targets and the signature are tables; the targets one lists every target
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(doc.getTables().get(1).getNumberOfRows()).isEqualTo(content.periodProgress().size() + 1);
            assertThat(doc.getAllPictures()).isNotEmpty();
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle())).isNotEmpty()
                    .allMatch(XWPFParagraph::isKeepNext);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReportType.class, names = {"EVENT", "YEAR"})
    void eachTargetOfThePlanHasItsChartInTheDocxAndThePdf(ReportType type) throws Exception {
        ReportContent content = compose(type);
        int targets = store.targets.ofPlan(plan.id()).size();

        assertThat(new ReportText(VI).body(content)).filteredOn(ReportBlock.Chart.class::isInstance)
                .hasSize(targets);
        try (XWPFDocument doc = docx(content, type + "-charts.docx")) {
            // Word stores identical pictures once, so the pictures placed in the text are counted
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToInt(r -> r.getEmbeddedPictures().size()).sum()).isEqualTo(targets);
        }
        try (PDDocument document = pdf(content, type + "-charts.pdf")) {
            String text = new PDFTextStripper().getText(document);
            for (var t : content.periodProgress()) {
                assertThat(text).contains(t.target().code() + " – ");
            }
        }
    }

    @Test
    void theYearReportChartsTheYearsPeriodsNotTheLastWeek() {
        ReportContent content = compose(ReportType.YEAR);
        var weekly = content.periodProgress().stream().filter(t -> t.target().code().equals("CT01")).findFirst()
                .orElseThrow();

        assertThat(weekly.buckets()).hasSizeGreaterThanOrEqualTo(51).allSatisfy(b -> assertThat(b.from())
                .isAfterOrEqualTo(LocalDate.of(2023, 12, 15)).isBefore(LocalDate.of(2024, 12, 15)));
        assertThat(new ReportText(VI).body(content)).anySatisfy(block -> assertThat(block)
                .isInstanceOfSatisfying(ReportBlock.Chart.class, c -> assertThat(c.caption())
                        .startsWith("Biểu đồ 1. CT01").contains("từ ngày 15/12/2023 đến ngày 14/12/2024")));
    }

    @Test
    void theDocxKeepsTheRecipientsAndTheSignatureInOneRowThatDoesNotBreakAcrossPages() throws Exception {
        try (XWPFDocument doc = docx(compose(ReportType.EVENT), "foot.docx")) {
            var foot = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(foot.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:");
            assertThat(foot.getRow(0).getCell(1).getText()).contains("TRƯỞNG PHÒNG", "Nguyễn Văn Minh");
            assertThat(foot.getRow(0).isCantSplitRow()).isTrue();
        }
    }

    @Test
    void theDocxTargetTableGivesTheTargetNamesTheWidestColumn() throws Exception {
        try (XWPFDocument doc = docx(compose(ReportType.EVENT), "widths.docx")) {
            List<Long> widths = doc.getTables().get(1).getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> ((java.math.BigInteger) col.getW()).longValue()).toList();
            assertThat(widths).hasSize(5).allSatisfy(w -> assertThat(w).isPositive().isLessThanOrEqualTo(widths.get(1)));
            assertThat(widths.get(1)).isGreaterThan(3 * widths.get(0));
        }
    }

    @Test
    void theBodyHasATableOfEachTargetsAttainmentPerUnit() {
        ReportContent content = compose(ReportType.YEAR);
        var perUnit = new ReportText(VI).body(content).stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).filter(t -> t.headers().get(0).equals("Đơn vị")).findFirst()
                .orElseThrow();
        var first = content.periodProgress().get(0);
        var unit = first.units().get(0);

        assertThat(perUnit.headers()).hasSize(content.periodProgress().size() + 1).contains(first.target().code());
        assertThat(perUnit.rows()).anySatisfy(row -> assertThat(row).startsWith(unit.unit().name(),
                Formats.percent(unit.metBuckets() / (double) unit.closedBuckets())));
    }

    @Test
    void noPageOfThePdfEndsWithAHeading() throws Exception {
        // the user's assessment grows line by line, so that the headings after it meet every height of a page
        for (int lines = 0; lines < 45; lines++) {
            ReportContent content = new ReportComposer(store, new ProgressEngine(store)).compose(plan,
                    ReportType.EVENT, ReportType.EVENT.periodFrom(2024), ReportType.EVENT.periodTo(2024),
                    "Đơn vị đã hoàn thành tốt kế hoạch tuyên truyền trong kỳ. ".repeat(lines * 2), "");
            List<String> headings = new ReportText(VI).body(content).stream()
                    .filter(ReportBlock.Heading.class::isInstance).map(b -> ((ReportBlock.Heading) b).text()).toList();
            try (PDDocument document = pdf(content, "headings-" + lines + ".pdf")) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    assertThat(headings).as("last line of page %d with %d lines of assessment", page, lines)
                            .doesNotContain(lastLine(document, page));
                }
            }
        }
    }

    private static String lastLine(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        List<String> lines = stripper.getText(document).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Ngày in")).toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void aYearReportsTargetsTableCountsThatYearAlone() {
        ReportContent content = compose(ReportType.YEAR);
        var year = content.periodProgress().get(0);
        var wholePlan = new ProgressEngine(store).evaluate(plan, year.asOf()).targets().get(0);
        var targets = new ReportText(VI).body(content).stream().filter(ReportBlock.Table.class::isInstance)
                .map(ReportBlock.Table.class::cast).filter(t -> t.headers().get(0).equals("Mã")).findFirst()
                .orElseThrow();

        // the sample's plan runs two years; the weekly target's closed pairs of 2024 are about half
        assertThat(year.windowFrom()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(year.closedPairs()).isLessThan(wholePlan.closedPairs());
        assertThat(targets.rows().get(0)).containsSequence(year.target().code(), year.target().name(),
                vn.dxoutreach.report.ProgressText.attainment(year));
    }

    @Test
    void theBodyNamesTheUnitsBehindOnEachTarget() {
        ReportContent content = compose(ReportType.YEAR);
        var behind = content.periodProgress().stream().filter(t -> t.units().stream().anyMatch(u -> u.behind()))
                .findFirst().orElseThrow();
        String name = behind.units().stream().filter(u -> u.behind()).findFirst().orElseThrow().unit().name();

        assertThat(new ReportText(VI).body(content)).anySatisfy(block -> assertThat(block)
                .isInstanceOfSatisfying(ReportBlock.Text.class, t -> assertThat(t.text())
                        .startsWith("Chỉ tiêu " + behind.target().code()).contains("chậm tiến độ", name)));
    }

    @Test
    void theDocxNumberAndDateLineShareARowUnderTheBodiesAndTheMotto() throws Exception {
        try (XWPFDocument doc = docx(compose(ReportType.EVENT), "number.docx")) {
            var second = doc.getTables().get(0).getRow(1);
            assertThat(second.getCell(0).getText()).startsWith("Số: …/");
            assertThat(second.getCell(1).getText()).contains(", ngày ");
        }
    }

    private static XWPFDocument docx(ReportContent content, String name) throws Exception {
        Path docx = folder.resolve(name);
        new DocxReport(VI).write(content, docx);
        try (InputStream in = Files.newInputStream(docx)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void thePdfHasTheTitleTheDateLineAndAKnownFigure() throws Exception {
        ReportContent content = compose(ReportType.YEAR);

        try (PDDocument document = pdf(content, "year.pdf")) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ NĂM 2024",
                    "ngày 01 tháng 7 năm 2024",
                    Formats.number(content.figures().broadcasts()) + " lượt chương trình");
            Files.createDirectories(Path.of("target", "test-output"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png",
                    Path.of("target", "test-output", "report-year-page1.png").toFile());
        }
    }

    @Test
    void theRecipientsStandBesideTheSignatureOnTheLastPage() throws Exception {
        try (PDDocument document = pdf(compose(ReportType.EVENT), "event.pdf")) {
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            lastPage.setSortByPosition(true);
            String text = lastPage.getText(document);
            // the sample office signs as its head of office; recipients and signature share a page
            assertThat(text).contains("Nơi nhận:", "TRƯỞNG PHÒNG", "Nguyễn Văn Minh", "- Lưu: VT.");
            assertThat(text.lines().filter(line -> line.contains("Nơi nhận:") && line.contains("TRƯỞNG PHÒNG")))
                    .as("'Nơi nhận:' and the signatory's title on one line, side by side").hasSize(1);
        }
    }

    @Test
    void thePdfNumberStandsUnderTheIssuingBodyBesideTheDateLine() throws Exception {
        try (PDDocument document = pdf(compose(ReportType.EVENT), "number.pdf")) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            firstPage.setSortByPosition(true);

            assertThat(firstPage.getText(document).lines()
                    .filter(line -> line.contains("Số: …/") && line.contains(", ngày "))).hasSize(1);
        }
    }

    private static PDDocument pdf(ReportContent content, String name) throws Exception {
        Path pdf = folder.resolve(name);
        new ReportPdf(VI).write(content, pdf);
        return Loader.loadPDF(pdf.toFile());
    }

    @Test
    void regeneratingKeepsTheUsersParagraphsAndUpdatesTheFigures() {
        ReportContent before = compose(ReportType.EVENT);
        store.broadcasts.save(new vn.dxoutreach.domain.Broadcast(
                vn.dxoutreach.domain.RecordMeta.fresh(before.periodProgress().get(0).units().get(0).unit().id(),
                        StoreFixture.NOW), LocalDate.of(2024, 10, 5), vn.dxoutreach.domain.Slot.MORNING, "Thêm",
                vn.dxoutreach.domain.Production.NEW, 10, "", ""));
        ReportContent after = compose(ReportType.EVENT);
        assertThat(after.figures().broadcasts()).isEqualTo(before.figures().broadcasts() + 1);
        assertThat(after.assessment()).isEqualTo("Đơn vị đã hoàn thành tốt.");
    }

    @Test
    void regeneratingAfterANewBroadcastUpdatesTheRadioFigureAndKeepsItsNote() {
        ReportContent before = compose(ReportType.EVENT, NOTES);
        store.broadcasts.save(new vn.dxoutreach.domain.Broadcast(
                vn.dxoutreach.domain.RecordMeta.fresh(before.periodProgress().get(0).units().get(0).unit().id(),
                        StoreFixture.NOW), LocalDate.of(2024, 10, 6), vn.dxoutreach.domain.Slot.EVENING, "Bản tin",
                vn.dxoutreach.domain.Production.NEW, 15, "", ""));
        ReportContent after = compose(ReportType.EVENT, NOTES);
        List<ReportBlock> body = new ReportText(VI).body(after);
        String radio = sentence(after, SECTION_SENTENCES.get(0));

        assertThat(radio).startsWith("Các đài truyền thanh đã phát "
                + Formats.number(before.figures().broadcasts() + 1) + " lượt");
        assertThat(body.get(body.indexOf(new ReportBlock.Text(radio)) + 1))
                .isEqualTo(new ReportBlock.Text(NOTES.radio()));
    }
}
