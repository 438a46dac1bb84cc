package vn.dxoutreach.report.page;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A page set as a PDF: each page drawn through OpenPDF's Graphics2D, so text stays text (searchable,
 * the fonts embedded by the mapper) and charts stay vectors. The file appears only once complete.
 */
public final class PdfOutput {

    private PdfOutput() {
    }

    public static void write(PageSet pages, Path out, FontMapper fonts, String title) throws IOException {
        Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "document", ".pdf.part");
        Paper paper = pages.paper();
        try (OutputStream stream = Files.newOutputStream(temp)) {
            Document document = new Document(new Rectangle(paper.width(), paper.height()), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(document, stream);
            document.addTitle(title);
            document.open();
            for (int i = 0; i < pages.count(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                Graphics2D g = writer.getDirectContent().createGraphics(paper.width(), paper.height(), fonts);
                try {
                    pages.paint(g, i);
                } finally {
                    g.dispose();
                }
                writer.setPageEmpty(false);
            }
            document.close();
        } catch (IOException | RuntimeException e) {
            // OpenPDF's DocumentException is unchecked: whatever failed, no half-written file stays
            Files.deleteIfExists(temp);
            throw e instanceof IOException io ? io : new IOException("Cannot write the document " + out, e);
        }
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
