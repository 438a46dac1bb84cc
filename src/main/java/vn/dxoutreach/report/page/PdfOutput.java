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
import java.util.function.IntConsumer;

/**
 * A page set as a PDF: each page drawn through OpenPDF's Graphics2D, so text stays text (searchable,
 * the fonts embedded by the mapper) and charts stay vectors; photos are stored as JPEG, not as raw
 * pixels, so that a dossier of photos stays small. The file appears only once complete.
 */
public final class PdfOutput {

    /** JPEG quality of embedded pictures: no visible loss on a printed photo, about a tenth of raw size. */
    private static final float JPEG_QUALITY = 0.82f;

    private PdfOutput() {
    }

    public static void write(PageSet pages, Path out, FontMapper fonts, String title) throws IOException {
        write(pages, out, fonts, title, page -> { });
    }

    /** Writes the pages, telling {@code pageDone} the number (from 1) of each page once drawn. */
    public static void write(PageSet pages, Path out, FontMapper fonts, String title, IntConsumer pageDone)
            throws IOException {
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
                Graphics2D g = writer.getDirectContent().createGraphics(paper.width(), paper.height(), fonts, true,
                        JPEG_QUALITY);
                try {
                    pages.paint(g, i);
                } finally {
                    g.dispose();
                }
                writer.setPageEmpty(false);
                pageDone.accept(i + 1);
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
