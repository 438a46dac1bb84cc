package vn.dxoutreach.report;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import vn.dxoutreach.text.Messages;

/** "Trang x/y" and the print date at the foot of every page; y is filled in when the document closes. */
final class PdfPageNumbers extends PdfPageEventHelper {

    private final BaseFont font;
    private final Messages messages;
    private final String printed;
    private PdfTemplate total;

    PdfPageNumbers(BaseFont font, Messages messages, String printed) {
        this.font = font;
        this.messages = messages;
        this.printed = printed;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        String page = messages.get("document.page", writer.getPageNumber());
        float y = document.bottom() - 20;
        cb.beginText();
        cb.setFontAndSize(font, 10);
        cb.setTextMatrix(document.left(), y);
        cb.showText(messages.get("document.printed", printed));
        float width = font.getWidthPoint(page, 10);
        float x = document.right() - width - 24;
        cb.setTextMatrix(x, y);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, x + width + 0.5f, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, 10);
        total.setTextMatrix(0, 0);
        total.showText("/" + (writer.getPageNumber() - 1));
        total.endText();
    }
}
