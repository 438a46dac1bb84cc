package vn.dxoutreach.report.compose;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.PairHeatMap;
import vn.dxoutreach.report.ProgressCharts;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * One chart per target over the report period, each no taller than it needs to be: with several
 * periods in the report (weeks, months, quarters), the unit × period grid of met and missed; with
 * one (a year, the 10/10 campaign), each unit's result against the value.
 */
final class PeriodCharts {

    /** A unit chart's height: enough for the bars above unit names set at 45°. */
    static final float UNIT_CHART_SHARE = 0.4f;
    /**
     * A grid's height for this text width in points: its axes and legend, then a row per unit tall
     * enough for the unit's name (the axis leaves out names that would overlap), at least three so
     * that the axis title fits beside a single row.
     */
    private static final float FRAME_WIDTH = 480;
    private static final float GRID_FRAME = 110;
    private static final float GRID_ROW = 15;
    private static final int GRID_MIN_ROWS = 3;
    private static final float GRID_MAX_SHARE = 0.75f;

    private final Messages messages;

    PeriodCharts(Messages messages) {
        this.messages = messages;
    }

    List<ReportBlock> of(List<TargetProgress> targets) {
        List<ReportBlock> blocks = new ArrayList<>();
        for (TargetProgress t : targets) {
            blocks.add(chart(t, blocks.size() + 1));
        }
        return blocks;
    }

    private ReportBlock.Chart chart(TargetProgress t, int number) {
        boolean grid = t.buckets().size() > 1;
        JFreeChart chart = grid ? PairHeatMap.createChart(PairHeatMap.createDataset(t), t, messages)
                : ProgressCharts.unitChart(ProgressCharts.unitDataset(t, messages), t, messages);
        // the caption under the chart names the target: the title would say it twice
        chart.setTitle((String) null);
        if (!grid) {
            // one series, and the value's line is labelled on the chart
            chart.removeLegend();
        }
        int rows = Math.max(GRID_MIN_ROWS, t.units().size());
        float share = grid ? Math.min(GRID_MAX_SHARE, (GRID_FRAME + GRID_ROW * rows) / FRAME_WIDTH)
                : UNIT_CHART_SHARE;
        String caption = messages.get(grid ? "compose.chart.grid" : "compose.chart.units", number,
                t.target().code(), t.target().name(), Formats.date(t.windowFrom()), Formats.date(t.windowTo()));
        return new ReportBlock.Chart(chart, share, caption);
    }
}
