package vn.dxoutreach.report;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** A chart alone as a PNG file (documents go through {@link ProgressDocument}). */
public final class ChartFiles {

    private ChartFiles() {
    }

    /** Writes the chart as a PNG image, 1600 × 900 pixels: sharp enough for a slide or a printed page. */
    public static void writePng(JFreeChart chart, Path out) throws IOException {
        ChartUtils.saveChartAsPNG(out.toFile(), chart, 1600, 900);
    }
}
