package vn.dxoutreach.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Charts as PNG files, and documents sent to the printer. */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** Writes the chart as a PNG image, 1600 × 900 pixels: sharp enough for a slide or a printed page. */
    public static void writePng(JFreeChart chart, Path out) throws IOException {
        ChartUtils.saveChartAsPNG(out.toFile(), chart, 1600, 900);
    }

    /**
     * Sends a PDF document to the default printer through the system; false when this system cannot
     * (then the user prints it from a PDF reader).
     */
    public static boolean print(Path pdf) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.PRINT)) {
            return false;
        }
        try {
            Desktop.getDesktop().print(pdf.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
