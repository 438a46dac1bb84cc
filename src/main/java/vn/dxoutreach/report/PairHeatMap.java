package vn.dxoutreach.report;

import java.awt.Color;
import java.awt.Paint;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.progress.Bucket;
import vn.dxoutreach.progress.PairState;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Messages;

/**
 * The unit × bucket grid of met / missed / open / future pairs. Missed cells are hatched, so the
 * grid reads in black-and-white print too; hovering a cell tells the unit, the period and the actual.
 */
public final class PairHeatMap {

    private PairHeatMap() {
    }

    /** x = bucket index, y = unit index, z = the pair's state ordinal. */
    public static XYZDataset createDataset(TargetProgress progress) {
        int units = progress.units().size();
        int buckets = progress.buckets().size();
        double[][] data = new double[3][units * buckets];
        int i = 0;
        for (int u = 0; u < units; u++) {
            List<PairState> pairs = progress.units().get(u).pairs();
            for (int b = 0; b < buckets; b++) {
                data[0][i] = b;
                data[1][i] = u;
                data[2][i] = pairs.get(b).ordinal();
                i++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("pairs", data);
        return dataset;
    }

    public static JFreeChart createChart(XYZDataset dataset, TargetProgress progress, Messages messages) {
        String[] unitNames = progress.units().stream().map(u -> u.unit().name()).toArray(String[]::new);
        String[] bucketNames = progress.buckets().stream().map(b -> label(b, progress.target().cadence()))
                .toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(messages.get("chart.heat.axis.bucket"), bucketNames);
        x.setVerticalTickLabels(true);
        SymbolAxis y = new SymbolAxis(messages.get("chart.units.axis.unit"), unitNames);
        y.setInverted(true);
        RunBlockRenderer.withoutBands(x, y);
        if (unitNames.length <= ProgressCharts.MAX_LABELLED_UNITS) {
            // every unit named; the axis would otherwise skip every other name to avoid overlaps
            y.setAutoTickUnitSelection(false);
            y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        }
        XYBlockRenderer renderer = new MarkedBlockRenderer();
        renderer.setPaintScale(new StatePaintScale());
        renderer.setDefaultToolTipGenerator((data, series, item) -> tooltip(progress, messages,
                (int) data.getXValue(series, item), (int) data.getYValue(series, item)));
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(messages.get("chart.heat.title", progress.target().code()), plot);
        chart.removeLegend();
        ProgressCharts.theme().apply(chart);
        // small enough for a row per unit: the axis drops labels that would overlap
        x.setTickLabelFont(DocumentFonts.sans(java.awt.Font.PLAIN, 9f));
        y.setTickLabelFont(DocumentFonts.sans(java.awt.Font.PLAIN, 9f));
        LegendItemCollection items = new LegendItemCollection();
        for (PairState state : PairState.values()) {
            items.add(legendItem(messages.label(state), state));
        }
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(DocumentFonts.sans(java.awt.Font.PLAIN, 11f));
        chart.addLegend(legend);
        return chart;
    }

    /** A swatch drawn like the cells: outlined, so pale states show on white paper; missed crossed out. */
    private static LegendItem legendItem(String label, PairState state) {
        java.awt.geom.Path2D.Double swatch = new java.awt.geom.Path2D.Double();
        swatch.append(new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10), false);
        if (state == PairState.MISSED) {
            swatch.moveTo(-5, -5);
            swatch.lineTo(5, 5);
        }
        LegendItem item = new LegendItem(label, null, null, null, swatch, StatePaintScale.paint(state),
                new java.awt.BasicStroke(state == PairState.MISSED ? 1.2f : 0.6f),
                state == PairState.MISSED ? ProgressCharts.MISSED : Color.DARK_GRAY);
        return item;
    }

    /** What a cell stands for, in words: unit, period, state and actual against the value. */
    public static String tooltip(TargetProgress progress, Messages messages, int bucket, int unit) {
        UnitProgress u = progress.units().get(unit);
        Bucket b = progress.buckets().get(bucket);
        return messages.get("chart.heat.cell", u.unit().name(), vn.dxoutreach.text.Formats.date(b.from()),
                vn.dxoutreach.text.Formats.date(b.to()), messages.label(u.pairs().get(bucket)),
                u.actualPerBucket().get(bucket), progress.target().value());
    }

    /** A cell's colour as 0xRRGGBB, for a screen that draws the grid itself. */
    public static int rgb(PairState state) {
        return ((Color) StatePaintScale.paint(state)).getRGB() & 0xffffff;
    }

    /** The colour of the line that crosses out a missed cell, as 0xRRGGBB. */
    public static int missedMarkRgb() {
        return ProgressCharts.MISSED.getRGB() & 0xffffff;
    }

    /** A bucket's name on the period axis ("05/10/26", "10/2026", "Q4/2026", "2026"). */
    public static String label(Bucket bucket, Cadence cadence) {
        return switch (cadence) {
            case WEEK, PERIOD -> bucket.from().format(DateTimeFormatter.ofPattern("dd/MM/yy"));
            case MONTH -> bucket.from().format(DateTimeFormatter.ofPattern("MM/yyyy"));
            case QUARTER -> "Q" + ((bucket.from().getMonthValue() - 1) / 3 + 1) + "/" + bucket.from().getYear();
            case YEAR -> String.valueOf(bucket.from().getYear());
        };
    }

    /**
     * Draws the cells, and crosses out the missed ones: the states also differ in lightness, so the
     * grid reads in black-and-white print, on screen and in PDF alike.
     */
    static final class MarkedBlockRenderer extends RunBlockRenderer {

        private static final Pen CROSS = new Pen(ProgressCharts.MISSED, 1.2f);

        @Override
        void mark(Marks marks, java.awt.geom.Rectangle2D cell, int state) {
            if (state == PairState.MISSED.ordinal()) {
                marks.add(CROSS, new java.awt.geom.Line2D.Double(cell.getMinX(), cell.getMinY(), cell.getMaxX(),
                        cell.getMaxY()));
            }
        }
    }

    /** Colours by state, from dark (met) to light (not yet due). */
    static final class StatePaintScale implements PaintScale {

        static Paint paint(PairState state) {
            return switch (state) {
                case MET -> ProgressCharts.MET;
                case MISSED -> new Color(0xff8182);
                case OPEN -> new Color(0xfff8c5);
                case FUTURE -> new Color(0xeaeef2);
            };
        }

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return PairState.values().length - 1;
        }

        @Override
        public Paint getPaint(double value) {
            int index = (int) Math.round(Math.max(0, Math.min(getUpperBound(), value)));
            return paint(PairState.values()[index]);
        }
    }
}
