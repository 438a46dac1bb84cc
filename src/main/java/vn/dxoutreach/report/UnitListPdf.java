package vn.dxoutreach.report;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.dxoutreach.text.Messages;

/** A printed list of units with a note each, e.g. the units that have not reported, to call them. */
public final class UnitListPdf {

    /** One line of the list. */
    public record Line(String code, String name, String note) {
    }

    private final Messages messages;
    private final AdministrativePdf pdf;

    public UnitListPdf(Messages messages) {
        this.messages = messages;
        this.pdf = new AdministrativePdf(messages);
    }

    public void write(Path out, Letterhead letterhead, String title, String subtitle, List<Line> lines)
            throws IOException {
        PdfFonts fonts = pdf.fonts();
        pdf.write(out, letterhead, (document, writer) -> {
            document.add(pdf.paragraph(title, fonts.bold(14), Element.ALIGN_CENTER));
            document.add(pdf.paragraph(subtitle, fonts.italic(13), Element.ALIGN_CENTER));
            PdfPTable table = new PdfPTable(new float[] {0.6f, 1.6f, 4f, 3f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            table.setHeaderRows(1);
            for (String key : List.of("document.col.no", "document.col.code", "document.col.unit",
                    "document.col.note")) {
                PdfPCell cell = new PdfPCell(new Phrase(messages.get(key), fonts.bold(12)));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(4);
                table.addCell(cell);
            }
            int no = 1;
            for (Line line : lines) {
                for (String text : List.of(String.valueOf(no++), line.code(), line.name(), line.note())) {
                    PdfPCell cell = new PdfPCell(new Phrase(text, fonts.serif(12)));
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            document.add(table);
            pdf.signature(document, letterhead);
        });
    }
}
