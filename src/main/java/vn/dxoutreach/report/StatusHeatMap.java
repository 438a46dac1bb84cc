package vn.dxoutreach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

/**
 * A grid of rows × columns in which each cell is one of a few states, each with its colour and a
 * legend entry: who reported each month (on time, late, missing, not expected, not due). Crossed
 * states read in black-and-white print too; every row is named while there are few enough.
 */
public final class StatusHeatMap {

    /** A state a cell can be in. */
    public record State(String label, int rgb, boolean crossed) {
    }

    /**
     * What to draw: {@code cells[row][column]} is an index into {@code states}, {@code tooltips} the
     * same shape in words.
     */
    public record Grid(String title, String columnAxis, String rowAxis, List<String> rows, List<String> columns,
            int[][] cells, String[][] tooltips, List<State> states) {
    }

    private StatusHeatMap() {
    }

    /** x = column index, y = row index, z = the cell's state index. */
    public static XYZDataset createDataset(Grid grid) {
        int rows = grid.rows().size();
        int columns = grid.columns().size();
        double[][] data = new double[3][rows * columns];
        int i = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                data[0][i] = c;
                data[1][i] = r;
                data[2][i] = grid.cells()[r][c];
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("cells", data);
        return dataset;
    }

    public static JFreeChart createChart(XYZDataset dataset, Grid grid) {
        SymbolAxis x = new SymbolAxis(grid.columnAxis(), grid.columns().toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(grid.rowAxis(), grid.rows().toArray(String[]::new));
        y.setInverted(true);
        RunBlockRenderer.withoutBands(x, y);
        if (grid.rows().size() <= ProgressCharts.MAX_LABELLED_UNITS) {
            // every row named; the axis would otherwise skip names to avoid overlaps
            y.setAutoTickUnitSelection(false);
            y.setTickUnit(new NumberTickUnit(1));
        }
        XYBlockRenderer renderer = new CrossingRenderer(grid.states());
        renderer.setPaintScale(new StatePaints(grid.states()));
        renderer.setDefaultToolTipGenerator((data, series, item) ->
                grid.tooltips()[(int) data.getYValue(series, item)][(int) data.getXValue(series, item)]);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(grid.title(), plot);
        chart.removeLegend();
        ProgressCharts.theme().apply(chart);
        x.setTickLabelFont(DocumentFonts.sans(Font.PLAIN, 10f));
        y.setTickLabelFont(DocumentFonts.sans(Font.PLAIN, 10f));
        LegendItemCollection items = new LegendItemCollection();
        grid.states().forEach(state -> items.add(legendItem(state)));
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(DocumentFonts.sans(Font.PLAIN, 11f));
        chart.addLegend(legend);
        return chart;
    }

    /** A swatch outlined like the cells, so that white states show on white paper; crossed when the cell is. */
    private static LegendItem legendItem(State state) {
        Path2D.Double swatch = new Path2D.Double();
        swatch.append(new Rectangle2D.Double(-5, -5, 10, 10), false);
        if (state.crossed()) {
            swatch.moveTo(-5, -5);
            swatch.lineTo(5, 5);
        }
        return new LegendItem(state.label(), null, null, null, swatch, new Color(state.rgb()),
                new BasicStroke(0.8f), Color.DARK_GRAY);
    }

    /** Draws the cells with a thin grey border, and crosses out the cells of crossed states. */
    static final class CrossingRenderer extends RunBlockRenderer {

        /** A light grey grid, so that white cells (nothing expected) still show as cells. */
        private static final Pen GRID = new Pen(new Color(0xd0d7de), 1f);
        private static final Pen CROSS = new Pen(Color.DARK_GRAY, 1.2f);

        private final List<State> states;

        CrossingRenderer(List<State> states) {
            this.states = states;
        }

        @Override
        void mark(Marks marks, Rectangle2D cell, int state) {
            marks.add(GRID, cell);
            if (states.get(state).crossed()) {
                marks.add(CROSS, new Line2D.Double(cell.getMinX(), cell.getMinY(), cell.getMaxX(), cell.getMaxY()));
            }
        }
    }

    /** The colour of each state index. */
    static final class StatePaints implements PaintScale {

        private final List<State> states;

        StatePaints(List<State> states) {
            this.states = states;
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return states.size() - 1;
        }

        @Override
        public Paint getPaint(double value) {
            int index = (int) Math.round(Math.max(0, Math.min(getUpperBound(), value)));
            return new Color(states.get(index).rgb());
        }
    }
}
