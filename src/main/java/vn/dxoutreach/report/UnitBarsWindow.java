package vn.dxoutreach.report;

import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.SlidingCategoryDataset;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.text.Messages;

/**
 * The units' bar chart for a screen, which shows as many rows as it has room for and slides them: its
 * drawing never grows with a province's hundreds of communes (a chart a row per commune was a canvas
 * of over 5,000 pixels, 22 MB of memory), every row shown has its unit's name, and the scale is that
 * of all units wherever the rows are. Printing and saving draw {@link ProgressCharts#unitChart} whole.
 */
public final class UnitBarsWindow {

    /** Rows shown before the screen says how many fit. */
    private static final int FIRST_ROWS = 20;

    private final SlidingCategoryDataset rows;
    private final JFreeChart chart;

    public UnitBarsWindow(TargetProgress progress, Messages messages) {
        DefaultCategoryDataset all = ProgressCharts.unitDataset(progress, messages);
        rows = new SlidingCategoryDataset(all, 0, slides(all.getColumnCount()) ? FIRST_ROWS : all.getColumnCount());
        chart = ProgressCharts.unitChart(rows, progress, messages);
    }

    public JFreeChart chart() {
        return chart;
    }

    public int units() {
        return rows.getUnderlyingDataset().getColumnCount();
    }

    /** Whether the bars lie a row per unit, so that a screen shows some of them and slides. */
    public boolean slides() {
        return slides(units());
    }

    private static boolean slides(int units) {
        return ProgressCharts.isHorizontal(units);
    }

    /** The first unit shown. */
    public int first() {
        return rows.getFirstCategoryIndex();
    }

    /** The number of units shown. */
    public int shown() {
        return rows.getColumnCount();
    }

    /**
     * Shows {@code count} units from the {@code first} (upright bars: all of them), kept within the
     * units: the last screenful ends at the last unit.
     */
    public void show(int first, int count) {
        int shown = slides() ? Math.max(1, Math.min(count, units())) : units();
        int from = Math.max(0, Math.min(first, units() - shown));
        if (rows.getFirstCategoryIndex() != from) {
            rows.setFirstCategoryIndex(from);
        }
        if (rows.getMaximumCategoryCount() != shown) {
            rows.setMaximumCategoryCount(shown);
        }
    }
}
