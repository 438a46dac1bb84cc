package vn.dxoutreach.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
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
        XYBlockRenderer renderer = new XYBlockRenderer();
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
        LegendItemCollection items = new LegendItemCollection();
        for (PairState state : PairState.values()) {
            items.add(new LegendItem(messages.label(state), StatePaintScale.paint(state)));
        }
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(DocumentFonts.sans(java.awt.Font.PLAIN, 11f));
        chart.addLegend(legend);
        return chart;
    }

    /** What a cell stands for, in words: unit, period, state and actual against the value. */
    public static String tooltip(TargetProgress progress, Messages messages, int bucket, int unit) {
        UnitProgress u = progress.units().get(unit);
        Bucket b = progress.buckets().get(bucket);
        return messages.get("chart.heat.cell", u.unit().name(), vn.dxoutreach.text.Formats.date(b.from()),
                vn.dxoutreach.text.Formats.date(b.to()), messages.label(u.pairs().get(bucket)),
                u.actualPerBucket().get(bucket), progress.target().value());
    }

    static String label(Bucket bucket, Cadence cadence) {
        return switch (cadence) {
            case WEEK, PERIOD -> bucket.from().format(DateTimeFormatter.ofPattern("dd/MM/yy"));
            case MONTH -> bucket.from().format(DateTimeFormatter.ofPattern("MM/yyyy"));
            case QUARTER -> "Q" + ((bucket.from().getMonthValue() - 1) / 3 + 1) + "/" + bucket.from().getYear();
            case YEAR -> String.valueOf(bucket.from().getYear());
        };
    }

    /** Colours by state; missed is also hatched. */
    static final class StatePaintScale implements PaintScale {

        static Paint paint(PairState state) {
            return switch (state) {
                case MET -> ProgressCharts.MET;
                case MISSED -> hatched(ProgressCharts.MISSED);
                case OPEN -> new Color(0xfff8c5);
                case FUTURE -> new Color(0xeaeef2);
            };
        }

        private static Paint hatched(Color color) {
            BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = tile.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 8, 8);
            g.setColor(color);
            g.drawLine(0, 7, 7, 0);
            g.drawLine(0, 0, 0, 0);
            g.drawLine(7, 7, 7, 7);
            g.dispose();
            return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
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
