package vn.dxoutreach.report.compose;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import vn.dxoutreach.report.BodyLines;
import vn.dxoutreach.report.ChartPng;
import vn.dxoutreach.report.LocalDateLine;
import vn.dxoutreach.report.compose.ReportBlock.Chart;
import vn.dxoutreach.report.compose.ReportBlock.Heading;
import vn.dxoutreach.report.compose.ReportBlock.Table;
import vn.dxoutreach.report.compose.ReportBlock.Text;
import vn.dxoutreach.text.Messages;

/**
 * A report as a Word document that opens and edits cleanly in Word and LibreOffice: A4, Times New
 * Roman 14 pt (Liberation Serif where it is missing), real heading styles, a real table, the chart
 * as a picture, in the Decree 30/2020 layout.
 */
public final class DocxReport {

    private static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final String HEADING = "Heading2";
    private static final int CAPTION = 12;
    /** A chart's width on the page, in points: about the text's width. */
    private static final int CHART_WIDTH = 450;
    /** The bodies' column of the letterhead, and a table cell's default side margin, in twentieths of a point. */
    private static final int BODIES_WIDTH = 3969;
    private static final int CELL_MARGIN = 108;
    /** The width of the text between A4's margins below, in twentieths of a point. */
    private static final int TEXT_WIDTH = 11906 - 1701 - 1134;

    private final Messages messages;
    private final ReportText text;

    public DocxReport(Messages messages) {
        this.messages = messages;
        this.text = new ReportText(messages);
    }

    public void write(ReportContent content, Path out) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "report", ".docx.part");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream stream = Files.newOutputStream(temp)) {
            a4(doc);
            pageNumbers(doc);
            headingStyle(doc);
            letterhead(doc, content);
            XWPFParagraph title = para(doc, text.title(content).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    true, false, ParagraphAlignment.CENTER, BODY);
            title.setSpacingBefore(240);
            title.setSpacingAfter(0);
            para(doc, text.periodLine(content), false, true, ParagraphAlignment.CENTER, BODY);
            for (ReportBlock block : text.body(content)) {
                if (block instanceof Heading h) {
                    XWPFParagraph p = para(doc, h.text(), true, false, ParagraphAlignment.LEFT, BODY);
                    p.setStyle(HEADING);
                    // a heading goes to the next page with the text it heads rather than stay alone
                    p.setKeepNext(true);
                } else if (block instanceof Text t) {
                    XWPFParagraph p = para(doc, t.text(), false, false, ParagraphAlignment.BOTH, BODY);
                    p.setIndentationFirstLine(567);
                } else if (block instanceof Table t) {
                    table(doc, t);
                } else if (block instanceof Chart c) {
                    chart(doc, c);
                }
            }
            footer(doc, content);
            doc.write(stream);
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private void letterhead(XWPFDocument doc, ReportContent c) {
        // the number and the date line have a row of their own, so that they stand level
        XWPFTable table = doc.createTable(2, 2);
        table.removeBorders();
        // wider than the text, as offices lay it out, so that the motto stands on one line
        columns(table, new int[] {BODIES_WIDTH, 5952});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        // the bodies' names break where the layout says, not where Word's wrap would ("… DU / LỊCH")
        float width = (BODIES_WIDTH - 2 * CELL_MARGIN) / 20f;
        if (!c.letterhead().parentBody().isBlank()) {
            cellLines(left, BodyLines.fit(c.letterhead().parentBody(), 13, width, BodyLines.serif(false)), false);
        }
        cellLines(left, BodyLines.fit(c.letterhead().issuingBody(), 13, width, BodyLines.serif(true)), true);
        cellLine(right, messages.get("document.motto.country"), true, false, false, 13);
        cellLine(right, messages.get("document.motto.words"), true, false, true, 14);
        XWPFTableCell number = table.getRow(1).getCell(0);
        XWPFTableCell date = table.getRow(1).getCell(1);
        cellLine(number, messages.get("compose.number", c.number()), false, false, false, 13);
        cellLine(date, dateLine(c), false, true, false, 14);
        for (XWPFTableCell cell : List.of(left, right, number, date)) {
            cell.removeParagraph(0);
        }
    }

    private String dateLine(ReportContent c) {
        return new LocalDateLine(messages).of(c.letterhead().place(), c.letterhead().printedOn());
    }

    /** "Nơi nhận:" beside the signature block, in one row that Word and LibreOffice keep on one page. */
    private void footer(XWPFDocument doc, ReportContent c) {
        XWPFTable table = doc.createTable(1, 2);
        table.removeBorders();
        columns(table, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2});
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph heading = left.addParagraph();
        run(heading, messages.get("compose.recipients"), true, true, 12);
        for (String line : text.recipients(c)) {
            run(left.addParagraph(), line, false, false, 11);
        }
        String title = c.letterhead().signatoryTitle().isBlank() ? messages.get("document.sign.preparer")
                : c.letterhead().signatoryTitle().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        cellLine(right, title, true, false, false, 14);
        for (int i = 0; i < 4; i++) {
            right.addParagraph();
        }
        cellLine(right, c.letterhead().signatoryName(), true, false, false, 14);
        left.removeParagraph(0);
        right.removeParagraph(0);
    }

    private void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        columns(table, t.widthsOf(TEXT_WIDTH));
        table.getRow(0).setRepeatHeader(true);
        for (int col = 0; col < t.headers().size(); col++) {
            cellText(table.getRow(0).getCell(col), t.headers().get(col), true);
        }
        for (int row = 0; row < t.rows().size(); row++) {
            List<String> cells = t.rows().get(row);
            table.getRow(row + 1).setCantSplitRow(true);
            for (int col = 0; col < cells.size(); col++) {
                cellText(table.getRow(row + 1).getCell(col), cells.get(col), false);
            }
        }
        doc.createParagraph();
    }

    /** Fixed column widths, in the grid and in every cell, so that both Word and LibreOffice keep them. */
    private static void columns(XWPFTable table, int[] widths) {
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (var row : table.getRows()) {
            for (int col = 0; col < widths.length; col++) {
                row.getCell(col).setWidth(String.valueOf(widths[col]));
            }
        }
    }

    private void chart(XWPFDocument doc, Chart c) throws IOException {
        // drawn at the size it stands on the page, at twice that resolution, so that it reads like the PDF's
        int height = Math.round(CHART_WIDTH * c.heightShare());
        byte[] png = ChartPng.of(c.chart(), CHART_WIDTH, height, 2);
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG,
                    "bieu-do.png", Units.toEMU(CHART_WIDTH), Units.toEMU(height));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        para(doc, c.caption(), false, true, ParagraphAlignment.CENTER, CAPTION);
    }

    private void cellText(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        run(p, value, bold, false, 12);
    }

    /** A body's name in the letterhead: its lines in one paragraph, bold and underlined for the issuing body. */
    private static void cellLines(XWPFTableCell cell, BodyLines lines, boolean issuing) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(p, lines.lines().get(0), issuing, false, lines.size());
        for (String line : lines.lines().subList(1, lines.lines().size())) {
            r.addBreak();
            r.setText(line);
        }
        if (issuing) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private void cellLine(XWPFTableCell cell, String value, boolean bold, boolean italic, boolean underline,
            int size) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = run(p, value, bold, italic, size);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private XWPFParagraph para(XWPFDocument doc, String value, boolean bold, boolean italic,
            ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(120);
        run(p, value, bold, italic, size);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String value, boolean bold, boolean italic, double size) {
        XWPFRun r = p.createRun();
        r.setText(value);
        r.setBold(bold);
        r.setItalic(italic);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        return r;
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /**
     * Decree 30's page numbers: top centre from page 2, none on page 1. A PAGE field in the header, so
     * that Word and LibreOffice keep the numbers right after edits; the first page has a header of its
     * own (titlePg), left empty.
     */
    private static void pageNumbers(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().getSectPr();
        section.addNewTitlePg();
        section.getPgMar().setHeader(BigInteger.valueOf(567));
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        CTR shown = field.addNewR();
        CTRPr properties = shown.addNewRPr();
        properties.addNewRFonts().setAscii(FONT);
        properties.getRFontsArray(0).setHAnsi(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(BODY * 2));
        shown.addNewT().setStringValue("2");
        doc.createHeader(HeaderFooterType.FIRST);
    }

    /** A real "Heading 2" style, so that Word's navigation pane and table of contents see the sections. */
    private static void headingStyle(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 2");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
        styles.addStyle(new XWPFStyle(style));
    }
}
