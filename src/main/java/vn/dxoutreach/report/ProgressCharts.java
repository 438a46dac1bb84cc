package vn.dxoutreach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.SlidingCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.progress.Bucket;
import vn.dxoutreach.progress.BucketState;
import vn.dxoutreach.progress.CumulativePoint;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.text.Messages;

/**
 * The progress charts, each as two pure steps: {@code createDataset} from the engine's numbers,
 * {@code createChart} from the dataset. The UI shows them in a ChartViewer; documents draw them.
 */
public final class ProgressCharts {

    static final int MAX_LABELLED_UNITS = 40;
    /** Up to this many units the bars stand upright with their names under them. */
    static final int MAX_UPRIGHT_UNITS = 8;
    static final Color MET = new Color(0x1a7f37);
    static final Color MISSED = new Color(0xcf222e);
    static final Color ACTUAL = new Color(0x0969da);
    static final Color EXPECTED = new Color(0x6e7781);

    private ProgressCharts() {
    }

    /**
     * Per unit: the actual of the current bucket (the open one, or the last once the window ended;
     * the window's total for PERIOD targets), one category per unit.
     */
    public static DefaultCategoryDataset unitDataset(TargetProgress progress, Messages messages) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String series = messages.get("chart.units.actual");
        int current = currentBucket(progress);
        java.util.Set<String> names = new java.util.HashSet<>();
        java.util.Set<String> repeated = new java.util.HashSet<>();
        progress.units().forEach(u -> {
            if (!names.add(u.unit().name())) {
                repeated.add(u.unit().name());
            }
        });
        for (UnitProgress unit : progress.units()) {
            long value = progress.target().cadence() == Cadence.PERIOD || current < 0
                    ? unit.total() : unit.actualPerBucket().get(current);
            // communes of different districts may share a name: the code tells them apart
            String name = unit.unit().name();
            dataset.addValue(value, series, repeated.contains(name) ? name + " (" + unit.unit().code() + ")" : name);
        }
        return dataset;
    }

    /**
     * One bar per unit and the target's value as a dashed line. Beyond {@link #MAX_UPRIGHT_UNITS}
     * units the bars lie down, one row per unit, so that every unit's whole name reads on the left
     * (upright bars would cut or skip slanted names). A sliding window of the units (a screen's
     * rows) names every row and keeps the scale of all units as it slides.
     */
    public static JFreeChart unitChart(CategoryDataset dataset, TargetProgress progress, Messages messages) {
        boolean sliding = dataset instanceof SlidingCategoryDataset;
        CategoryDataset all = sliding ? ((SlidingCategoryDataset) dataset).getUnderlyingDataset() : dataset;
        boolean lying = isHorizontal(all.getColumnCount());
        JFreeChart chart = ChartFactory.createBarChart(messages.get("chart.units.title", progress.target().code()),
                messages.get("chart.units.axis.unit"), messages.get("chart.units.axis.value"), dataset,
                lying ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, true, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setSeriesPaint(0, ACTUAL);
        renderer.setDrawBarOutline(dataset.getColumnCount() <= MAX_LABELLED_UNITS);
        renderer.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator());
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        if (lying) {
            // a name takes the room it needs on the left, up to half the chart's width
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.5f);
            plot.getDomainAxis().setCategoryMargin(0.15);
        } else {
            plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        }
        // a province's hundreds of communes make unreadable labels: the table and tooltips name them
        plot.getDomainAxis().setTickLabelsVisible(sliding || all.getColumnCount() <= MAX_LABELLED_UNITS);
        org.jfree.chart.axis.NumberAxis values = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        vietnameseNumbers(values);
        // the target's line shows even where every unit is below it; with no result at all the chart says so
        double highest = highest(all);
        if (highest < progress.target().value()) {
            values.setRange(0, progress.target().value() * 1.1);
        } else if (sliding) {
            values.setRange(0, highest * (1 + values.getUpperMargin()));
        }
        if (highest == 0) {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(messages.get("chart.units.none"),
                    DocumentFonts.sans(Font.ITALIC, 12f)));
        }
        ValueMarker target = new ValueMarker(progress.target().value(), MISSED, new BasicStroke(2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f}, 0f));
        target.setLabel(messages.get("chart.units.target", progress.target().value()));
        target.setLabelFont(DocumentFonts.sans(Font.PLAIN, 11f));
        target.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        // beside a standing line, the label goes on the side with room: right of it in the axis's first half
        double upper = values.isAutoRange() ? highest * (1 + values.getUpperMargin()) : values.getUpperBound();
        boolean leftOfLine = progress.target().value() > upper / 2;
        target.setLabelAnchor(!lying ? RectangleAnchor.TOP_RIGHT
                : leftOfLine ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
        target.setLabelTextAnchor(!lying || leftOfLine ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target);
        return chart;
    }

    private static double highest(CategoryDataset dataset) {
        double highest = 0;
        for (int row = 0; row < dataset.getRowCount(); row++) {
            for (int col = 0; col < dataset.getColumnCount(); col++) {
                Number value = dataset.getValue(row, col);
                highest = value == null ? highest : Math.max(highest, value.doubleValue());
            }
        }
        return highest;
    }

    /** Whether the bar chart of this many units lies down (a row per unit). */
    public static boolean isHorizontal(int units) {
        return units > MAX_UPRIGHT_UNITS;
    }

    /** The cumulative actual and the expected amount, day by day. */
    public static TimeSeriesCollection cumulativeDataset(List<CumulativePoint> points, Messages messages) {
        TimeSeries actual = new TimeSeries(messages.get("chart.cumulative.actual"));
        TimeSeries expected = new TimeSeries(messages.get("chart.cumulative.expected"));
        for (CumulativePoint p : points) {
            Day day = new Day(p.day().getDayOfMonth(), p.day().getMonthValue(), p.day().getYear());
            actual.add(day, p.actual());
            expected.add(day, p.expected());
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(actual);
        dataset.addSeries(expected);
        return dataset;
    }

    public static JFreeChart cumulativeChart(TimeSeriesCollection dataset, TargetProgress progress,
            Messages messages) {
        JFreeChart chart = ChartFactory.createTimeSeriesChart(
                messages.get("chart.cumulative.title", progress.target().code()),
                messages.get("chart.cumulative.axis.day"), messages.get("chart.units.axis.value"), dataset, true,
                true, false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(0, ACTUAL);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        plot.getRenderer().setSeriesPaint(1, EXPECTED);
        // dashed, so that the two lines differ in black-and-white print too
        plot.getRenderer().setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        vietnameseNumbers((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis());
        ((org.jfree.chart.axis.DateAxis) plot.getDomainAxis())
                .setDateFormatOverride(new java.text.SimpleDateFormat("dd/MM/yyyy"));
        return chart;
    }

    /** Index of the open bucket, or of the last one once the window has ended; -1 otherwise. */
    static int currentBucket(TargetProgress progress) {
        List<Bucket> buckets = progress.buckets();
        for (Bucket b : buckets) {
            if (b.state() == BucketState.OPEN) {
                return b.index();
            }
        }
        return progress.asOf().isAfter(progress.windowTo()) && !buckets.isEmpty() ? buckets.size() - 1 : -1;
    }

    /** "1.000" rather than "1,000" on value axes. */
    static void vietnameseNumbers(org.jfree.chart.axis.NumberAxis axis) {
        axis.setNumberFormatOverride(java.text.NumberFormat.getIntegerInstance(Messages.VIETNAMESE));
        axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
    }

    /**
     * Loads what the first chart needs — Java2D, the bundled fonts, the chart classes — by drawing a
     * small chart nowhere: run on a spare thread at start-up, so the first screen's charts do not pay it.
     */
    public static void warmUp() {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        dataset.addValue(1, "a", "b");
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart("", "", "", dataset);
        theme().apply(chart);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 64,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new java.awt.geom.Rectangle2D.Double(0, 0, 64, 64));
        } finally {
            g2.dispose();
        }
    }

    static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("dx-outreach");
        theme.setExtraLargeFont(DocumentFonts.sans(Font.BOLD, 16f));
        theme.setLargeFont(DocumentFonts.sans(Font.BOLD, 13f));
        theme.setRegularFont(DocumentFonts.sans(Font.PLAIN, 11f));
        theme.setSmallFont(DocumentFonts.sans(Font.PLAIN, 10f));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xd0d7de));
        theme.setRangeGridlinePaint(new Color(0xd0d7de));
        return theme;
    }

    static Paint[] pairPaints() {
        return new Paint[] {MET, MISSED};
    }
}
