package vn.dxoutreach.report.page;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;

/**
 * Prints a page set on A4 through the system's printers (the print dialog lets the user choose),
 * each page scaled to fit the printable area: the same drawing as the PDF.
 */
public final class PagePrinter implements Printable {

    /** How a print request ended. */
    public enum Outcome {
        PRINTED, CANCELLED, NO_PRINTER
    }

    private final PageSet pages;

    public PagePrinter(PageSet pages) {
        this.pages = pages;
    }

    /** Asks which printer (where there is a screen), then prints; blocks until the job is spooled. */
    public static Outcome print(PageSet pages, String jobName) throws IOException {
        if (PrintServiceLookup.lookupDefaultPrintService() == null && PrinterJob.lookupPrintServices().length == 0) {
            return Outcome.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPrintable(new PagePrinter(pages));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(pages.paper().landscape() ? OrientationRequested.LANDSCAPE : OrientationRequested.PORTRAIT);
        attributes.add(new JobName(jobName, null));
        try {
            if (!GraphicsEnvironment.isHeadless() && !job.printDialog(attributes)) {
                return Outcome.CANCELLED;
            }
            job.print(attributes);
            return Outcome.PRINTED;
        } catch (PrinterException e) {
            throw new IOException("Cannot print " + jobName, e);
        }
    }

    @Override
    public int print(Graphics graphics, PageFormat format, int index) {
        if (index >= pages.count()) {
            return NO_SUCH_PAGE;
        }
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            Paper paper = pages.paper();
            double scale = Math.min(format.getImageableWidth() / paper.width(),
                    format.getImageableHeight() / paper.height());
            // centred across, from the top of the printable area
            g.translate(format.getImageableX() + (format.getImageableWidth() - paper.width() * scale) / 2,
                    format.getImageableY());
            g.scale(scale, scale);
            pages.paint(g, index);
        } finally {
            g.dispose();
        }
        return PAGE_EXISTS;
    }
}
