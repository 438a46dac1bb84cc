package vn.dxoutreach.report;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * Draws a grid of cells in a few states row by row, each run of same-state neighbours as one shape
 * and each row's marks (borders, crossing lines) as one path per pen. In a PDF every shape is a
 * drawing command to write and compress: cell by cell, a province's year report carried tens of
 * thousands of them. The picture is the same: a cell was filled and outlined 1 pt wide in its own
 * colour, which is the cell grown by half a point, so a run is filled grown by half a point.
 * A chart that keeps entities for tooltips (on screen) is drawn cell by cell, one entity each.
 */
abstract class RunBlockRenderer extends XYBlockRenderer {

    /** The half of the 1-pt outline that each cell had around it in its own colour. */
    private static final double OUTLINE = 0.5;

    /** How a cell's mark is drawn over the cells' colours. */
    record Pen(Paint paint, float width) {
    }

    /** The marks of one row, a path per pen, drawn in the order the pens were first used. */
    static final class Marks {

        private final Map<Pen, Path2D> paths = new LinkedHashMap<>();

        void add(Pen pen, Shape shape) {
            paths.computeIfAbsent(pen, p -> new Path2D.Double()).append(shape, false);
        }

        private void draw(Graphics2D g2) {
            paths.forEach((pen, path) -> {
                g2.setPaint(pen.paint());
                g2.setStroke(new BasicStroke(pen.width()));
                g2.draw(path);
            });
            paths.clear();
        }
    }

    /**
     * Leaves out the grey bands a symbol axis draws under the plot: the cells cover them all, and in a
     * PDF each half-transparent band was a drawing command and a graphics state of its own.
     */
    static void withoutBands(SymbolAxis... axes) {
        for (SymbolAxis axis : axes) {
            axis.setGridBandsVisible(false);
        }
    }

    /** Adds what a cell in {@code state} carries over its colour, if anything. */
    abstract void mark(Marks marks, Rectangle2D cell, int state);

    @Override
    public XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, XYDataset dataset,
            PlotRenderingInfo info) {
        return new RunsState(info);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
            XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
            CrosshairState crosshairState, int pass) {
        XYZDataset cells = (XYZDataset) dataset;
        if (state.getEntityCollection() != null || !(state instanceof RunsState runs)) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            double x = dataset.getXValue(series, item);
            Marks marks = new Marks();
            mark(marks, block(x, x, dataset.getYValue(series, item), dataArea, plot, domainAxis, rangeAxis),
                    CellRuns.state(cells, series, item));
            marks.draw(g2);
        } else if (runs.firstOf(series)) {
            drawRuns(g2, dataArea, plot, domainAxis, rangeAxis, cells, series);
        }
    }

    private void drawRuns(Graphics2D g2, Rectangle2D dataArea, XYPlot plot, ValueAxis domainAxis,
            ValueAxis rangeAxis, XYZDataset cells, int series) {
        Marks marks = new Marks();
        double row = Double.NaN;
        for (CellRuns.Run run : CellRuns.of(cells, series)) {
            if (run.row() != row) {
                // a row's marks go over its own colours and under the next row's, as they did cell by cell
                marks.draw(g2);
                row = run.row();
            }
            Rectangle2D block = block(run.first(), run.last(), run.row(), dataArea, plot, domainAxis, rangeAxis);
            g2.setPaint(getPaintScale().getPaint(run.state()));
            g2.fill(new Rectangle2D.Double(block.getX() - OUTLINE, block.getY() - OUTLINE,
                    block.getWidth() + 2 * OUTLINE, block.getHeight() + 2 * OUTLINE));
            for (double column = run.first(); column <= run.last(); column++) {
                mark(marks, block(column, column, run.row(), dataArea, plot, domainAxis, rangeAxis), run.state());
            }
        }
        marks.draw(g2);
    }

    /** The rectangle of the cells of {@code row} from column {@code first} to {@code last}, in Java2D space. */
    private Rectangle2D block(double first, double last, double row, Rectangle2D dataArea, XYPlot plot,
            ValueAxis domainAxis, ValueAxis rangeAxis) {
        double x0 = domainAxis.valueToJava2D(first - getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
        double x1 = domainAxis.valueToJava2D(last + getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(row - getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(row + getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
        if (plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
            return new Rectangle2D.Double(Math.min(y0, y1), Math.min(x0, x1), Math.abs(y1 - y0), Math.abs(x1 - x0));
        }
        return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /** Remembers which series of this drawing have had their runs drawn. */
    private static final class RunsState extends XYItemRendererState {

        private final java.util.Set<Integer> drawn = new java.util.HashSet<>();

        RunsState(PlotRenderingInfo info) {
            super(info);
        }

        boolean firstOf(int series) {
            return drawn.add(series);
        }
    }
}
