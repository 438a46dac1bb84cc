package vn.dxoutreach.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The frame of every printed document (Decree 30/2020/NĐ-CP): bodies top left in capitals, the
 * national motto top right, the place-and-date line, a signature block after the content, page numbers
 * top centre from page 2, Liberation Serif embedded. The file appears only once it is complete.
 */
final class AdministrativePdf {

    /** The bodies' column's share of the text width; the motto takes the rest. */
    private static final float LEFT_SHARE = 1f / 2.3f;

    private final Messages messages;
    private final PdfFonts fonts = new PdfFonts();
    private final com.lowagie.text.Rectangle page;
    /** Working documents carry their print date at the foot; a report that is sent does not. */
    private final boolean printDate;

    /** A4 landscape, for charts and wide tables, with the print date at the foot. */
    AdministrativePdf(Messages messages) {
        this(messages, false, true);
    }

    AdministrativePdf(Messages messages, boolean portrait, boolean printDate) {
        this.messages = messages;
        this.page = portrait ? PageSize.A4 : PageSize.A4.rotate();
        this.printDate = printDate;
    }

    PdfFonts fonts() {
        return fonts;
    }

    interface Body {
        void write(Document document, PdfWriter writer) throws DocumentException, IOException;
    }

    void write(Path out, Letterhead letterhead, Body body) throws IOException {
        write(out, letterhead, "", body);
    }

    /** A numbered document: {@code numberLine} ("Số: …/BC-…") stands under the bodies, beside the date line. */
    void write(Path out, Letterhead letterhead, String numberLine, Body body) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "document", ".pdf.part");
        try (OutputStream stream = Files.newOutputStream(temp)) {
            Document document = new Document(page, 56, 42, 42, 56);
            PdfWriter writer = PdfWriter.getInstance(document, stream);
            writer.setPageEvent(new PdfPageNumbers(fonts.base("LiberationSerif-Regular"), messages,
                    printDate ? Formats.date(letterhead.printedOn()) : null));
            document.addTitle(messages.get("document.title"));
            document.open();
            heading(document, letterhead, numberLine);
            body.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            Files.deleteIfExists(temp);
            throw new IOException("Cannot write the document", e);
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Bodies top left in capitals, the national motto top right (underlined), the place-and-date line. */
    private void heading(Document document, Letterhead letterhead, String numberLine) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {LEFT_SHARE, 1f - LEFT_SHARE});
        table.setWidthPercentage(100);
        PdfPCell left = cell(Element.ALIGN_CENTER);
        float bodyWidth = (document.right() - document.left()) * LEFT_SHARE - left.getPaddingLeft()
                - left.getPaddingRight();
        if (!letterhead.parentBody().isBlank()) {
            BodyLines parent = BodyLines.fit(letterhead.parentBody(), 13, bodyWidth, fonts.widths(false));
            left.addElement(paragraph(parent.text(), fonts.serif(parent.size()), Element.ALIGN_CENTER));
        }
        BodyLines issuing = BodyLines.fit(letterhead.issuingBody(), 13, bodyWidth, fonts.widths(true));
        left.addElement(paragraph(issuing.text(), fonts.boldUnderlined(issuing.size()), Element.ALIGN_CENTER));
        PdfPCell right = cell(Element.ALIGN_CENTER);
        right.addElement(paragraph(messages.get("document.motto.country"), fonts.bold(13), Element.ALIGN_CENTER));
        right.addElement(paragraph(messages.get("document.motto.words"), fonts.boldUnderlined(14), Element.ALIGN_CENTER));
        String dateLine = new LocalDateLine(messages).of(letterhead.place(), letterhead.printedOn());
        table.addCell(left);
        table.addCell(right);
        if (!numberLine.isBlank()) {
            // Decree 30: the number under the issuing body, the date line under the motto, in a row of their own
            // so that they stand level however many lines the bodies take
            PdfPCell number = cell(Element.ALIGN_CENTER);
            number.addElement(paragraph(numberLine, fonts.serif(13), Element.ALIGN_CENTER));
            PdfPCell date = cell(Element.ALIGN_CENTER);
            date.addElement(paragraph(dateLine, fonts.italic(14), Element.ALIGN_CENTER));
            table.addCell(number);
            table.addCell(date);
        }
        document.add(table);
        if (numberLine.isBlank()) {
            document.add(paragraph(dateLine, fonts.italic(14), Element.ALIGN_RIGHT));
        }
    }

    void signature(Document document, Letterhead letterhead) throws DocumentException {
        signature(document, letterhead, cell(Element.ALIGN_LEFT));
    }

    /**
     * The foot of a document: {@code left} (the recipients, or nothing) beside the signature block,
     * as Decree 30 places them, on one page together.
     */
    void signature(Document document, Letterhead letterhead, PdfPCell left) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1f, 1f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(16);
        table.setKeepTogether(true);
        table.addCell(left);
        PdfPCell sign = cell(Element.ALIGN_CENTER);
        String title = letterhead.signatoryTitle().isBlank() ? messages.get("document.sign.preparer")
                : letterhead.signatoryTitle().toUpperCase(java.util.Locale.forLanguageTag("vi"));
        sign.addElement(paragraph(title, fonts.bold(13), Element.ALIGN_CENTER));
        Paragraph name = paragraph(letterhead.signatoryName(), fonts.bold(13), Element.ALIGN_CENTER);
        name.setSpacingBefore(68);
        sign.addElement(name);
        table.addCell(sign);
        document.add(table);
    }

    Paragraph paragraph(String text, com.lowagie.text.Font font, int align) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(align);
        return p;
    }

    static PdfPCell cell(int align) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }
}
