package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.progress.PairState;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.text.Messages;

/** The grid as drawn for documents: each unit's row shows met, missed and open where they are. */
class PairHeatMapTest {

    private static final Messages VI = Messages.vietnamese();

    private final TargetProgress progress = ProgressChartsTest.fixture();
    private final BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    private Rectangle2D dataArea;

    /** Draws as a document does: no entities kept, so the cells are drawn as runs. */
    private void draw() {
        JFreeChart chart = PairHeatMap.createChart(PairHeatMap.createDataset(progress), progress, VI);
        ChartRenderingInfo info = new ChartRenderingInfo(null);
        var g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), info);
        g2.dispose();
        dataArea = info.getPlotInfo().getDataArea();
    }

    /** The colour at a point of a cell, {@code fx}, {@code fy} its share across and down the cell. */
    private int colourAt(int bucket, int unit, double fx, double fy) {
        double w = dataArea.getWidth() / progress.buckets().size();
        double h = dataArea.getHeight() / progress.units().size();
        return image.getRGB((int) (dataArea.getX() + (bucket + fx) * w), (int) (dataArea.getY() + (unit + fy) * h))
                & 0xffffff;
    }

    /** The largest difference of two colours in one of red, green and blue. */
    private static int difference(int a, int b) {
        int most = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            most = Math.max(most, Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)));
        }
        return most;
    }

    @Test
    void eachCellShowsItsUnitsStateInItsPeriod() {
        draw();

        assertThat(colourAt(0, 0, 0.5, 0.5)).isEqualTo(PairHeatMap.rgb(PairState.MET));
        assertThat(colourAt(1, 0, 0.5, 0.5)).isEqualTo(PairHeatMap.rgb(PairState.OPEN));
        // off the crossing line, a missed cell has its own colour
        assertThat(colourAt(0, 1, 0.25, 0.75)).isEqualTo(PairHeatMap.rgb(PairState.MISSED));
        assertThat(colourAt(1, 1, 0.5, 0.5)).isEqualTo(PairHeatMap.rgb(PairState.OPEN));
    }

    @Test
    void aMissedCellIsCrossedOutCornerToCornerAndAMetOneIsNot() {
        draw();

        // the line is smoothed at its edges: its colour within a few shades
        assertThat(difference(colourAt(0, 1, 0.5, 0.5), PairHeatMap.missedMarkRgb())).isLessThan(16);
        assertThat(difference(colourAt(0, 0, 0.5, 0.5), PairHeatMap.missedMarkRgb())).isGreaterThan(64);
    }
}
