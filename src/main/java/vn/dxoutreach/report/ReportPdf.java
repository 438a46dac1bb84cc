package vn.dxoutreach.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import vn.dxoutreach.report.compose.ReportBlock;
import vn.dxoutreach.report.compose.ReportContent;
import vn.dxoutreach.report.compose.ReportText;
import vn.dxoutreach.text.Messages;

/** A report as PDF, in the same administrative frame as every printed document, with its fonts embedded. */
public final class ReportPdf {

    /** The height a heading needs below it on its page: itself and about three lines of body text. */
    private static final float HEADING_ROOM = 100f;

    private final Messages messages;
    private final ReportText text;

    public ReportPdf(Messages messages) {
        this.messages = messages;
        this.text = new ReportText(messages);
    }

    public void write(ReportContent content, Path out) throws IOException {
        AdministrativePdf pdf = new AdministrativePdf(messages, true, false);
        PdfFonts fonts = pdf.fonts();
        pdf.write(out, content.letterhead(), messages.get("compose.number", content.number()), (document, writer) -> {
            Paragraph title = pdf.paragraph(text.title(content).toUpperCase(java.util.Locale.forLanguageTag("vi")),
                    fonts.bold(14), Element.ALIGN_CENTER);
            title.setSpacingBefore(8);
            document.add(title);
            Paragraph period = pdf.paragraph(text.periodLine(content), fonts.italic(14), Element.ALIGN_CENTER);
            period.setSpacingAfter(8);
            document.add(period);
            for (ReportBlock block : text.body(content)) {
                if (block instanceof ReportBlock.Heading h) {
                    // a heading does not stay alone at the foot of a page: it needs room for a few lines under it
                    if (writer.getVerticalPosition(true) - document.bottom() < HEADING_ROOM) {
                        document.newPage();
                    }
                    Paragraph p = pdf.paragraph(h.text(), fonts.bold(14), Element.ALIGN_LEFT);
                    p.setSpacingBefore(6);
                    document.add(p);
                } else if (block instanceof ReportBlock.Text t) {
                    Paragraph p = pdf.paragraph(t.text(), fonts.serif(14), Element.ALIGN_JUSTIFIED);
                    p.setFirstLineIndent(28);
                    p.setSpacingAfter(4);
                    document.add(p);
                } else if (block instanceof ReportBlock.Table t) {
                    PdfPTable table = new PdfPTable(t.headers().size());
                    table.setWidthPercentage(100);
                    table.setWidths(t.widthsOf(1000));
                    table.setHeaderRows(1);
                    table.setSpacingBefore(4);
                    t.headers().forEach(h -> table.addCell(new PdfPCell(new Phrase(h, fonts.bold(12)))));
                    t.rows().forEach(row -> row.forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell,
                            fonts.serif(12))))));
                    document.add(table);
                } else if (block instanceof ReportBlock.Chart c) {
                    document.add(chart(pdf, writer, c, document.right() - document.left()));
                }
            }
            PdfPCell recipients = AdministrativePdf.cell(Element.ALIGN_LEFT);
            recipients.addElement(pdf.paragraph(messages.get("compose.recipients"), fonts.boldItalic(12),
                    Element.ALIGN_LEFT));
            text.recipients(content).forEach(line -> recipients.addElement(pdf.paragraph(line, fonts.serif(11),
                    Element.ALIGN_LEFT)));
            pdf.signature(document, content.letterhead(), recipients);
        });
    }

    /** The chart as vectors with its caption under it, kept on one page together. */
    private static PdfPTable chart(AdministrativePdf pdf, PdfWriter writer, ReportBlock.Chart c, float width)
            throws DocumentException {
        float height = width * c.heightShare();
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, pdf.fonts().chartMapper());
        c.chart().draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        PdfPCell cell = AdministrativePdf.cell(Element.ALIGN_CENTER);
        cell.setPadding(0);
        cell.addElement(Image.getInstance(template));
        cell.addElement(pdf.paragraph(c.caption(), pdf.fonts().italic(12), Element.ALIGN_CENTER));
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        frame.setKeepTogether(true);
        frame.setSpacingBefore(4);
        frame.setSpacingAfter(8);
        frame.addCell(cell);
        return frame;
    }
}
