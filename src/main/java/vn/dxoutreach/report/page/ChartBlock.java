package vn.dxoutreach.report.page;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/** A chart at a fixed height, drawn as vectors (lines and text in the PDF, not a picture). */
public record ChartBlock(JFreeChart chart, float chartHeight) implements Block {

    @Override
    public float height(float width) {
        return chartHeight;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        Graphics2D copy = (Graphics2D) g.create();
        try {
            chart.draw(copy, new Rectangle2D.Double(x, y, width, chartHeight));
        } finally {
            copy.dispose();
        }
    }
}
