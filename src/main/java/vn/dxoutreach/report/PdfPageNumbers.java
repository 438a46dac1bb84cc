package vn.dxoutreach.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.dxoutreach.text.Messages;

/**
 * The page number top centre from page 2 on, none on page 1, as Decree 30/2020 places it; and, on
 * working documents (not on a report that is sent), the print date at the foot of every page.
 */
final class PdfPageNumbers extends PdfPageEventHelper {

    private static final float NUMBER_SIZE = 13;

    private final BaseFont font;
    private final Messages messages;
    /** The print date, or null to print none. */
    private final String printed;

    PdfPageNumbers(BaseFont font, Messages messages, String printed) {
        this.font = font;
        this.messages = messages;
        this.printed = printed;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        cb.beginText();
        int page = writer.getPageNumber();
        if (page > 1) {
            String number = String.valueOf(page);
            cb.setFontAndSize(font, NUMBER_SIZE);
            float x = (document.left() + document.right() - font.getWidthPoint(number, NUMBER_SIZE)) / 2;
            cb.setTextMatrix(x, document.top() + (document.getPageSize().getHeight() - document.top()) / 2 - 4);
            cb.showText(number);
        }
        if (printed != null) {
            cb.setFontAndSize(font, 10);
            cb.setTextMatrix(document.left(), document.bottom() - 20);
            cb.showText(messages.get("document.printed", printed));
        }
        cb.endText();
    }
}
