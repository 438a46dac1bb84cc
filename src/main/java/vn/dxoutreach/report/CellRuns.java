package vn.dxoutreach.report;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYZDataset;

/**
 * The cells of a grid (x = column, y = row, z = state) as runs: cells of one row that stand next to
 * each other in the same state make one run. A province's grid of 300 communes × 52 weeks has 15,600
 * cells but, met week after week, only a few runs a row.
 */
final class CellRuns {

    /** The cells of {@code row} from column {@code first} to column {@code last}, all in {@code state}. */
    record Run(double row, double first, double last, int state) {
    }

    private CellRuns() {
    }

    /** The runs of one series, in the order of its items; cells out of row order simply start new runs. */
    static List<Run> of(XYZDataset dataset, int series) {
        List<Run> runs = new ArrayList<>();
        int count = dataset.getItemCount(series);
        int start = 0;
        for (int item = 1; item <= count; item++) {
            if (item == count || !continues(dataset, series, item)) {
                runs.add(new Run(dataset.getYValue(series, start), dataset.getXValue(series, start),
                        dataset.getXValue(series, item - 1), state(dataset, series, start)));
                start = item;
            }
        }
        return runs;
    }

    /** Whether the cell {@code item} is the right-hand neighbour of the one before, in the same state. */
    private static boolean continues(XYZDataset dataset, int series, int item) {
        return dataset.getYValue(series, item) == dataset.getYValue(series, item - 1)
                && dataset.getXValue(series, item) == dataset.getXValue(series, item - 1) + 1
                && state(dataset, series, item) == state(dataset, series, item - 1);
    }

    static int state(XYZDataset dataset, int series, int item) {
        return (int) Math.round(dataset.getZValue(series, item));
    }
}
