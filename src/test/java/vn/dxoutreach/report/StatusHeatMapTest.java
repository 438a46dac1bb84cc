package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class StatusHeatMapTest {

    private static final List<StatusHeatMap.State> STATES = List.of(
            new StatusHeatMap.State("Đúng hạn", 0x2da44e, false),
            new StatusHeatMap.State("Chưa gửi", 0xff8182, true));

    private static StatusHeatMap.Grid grid(int rows) {
        List<String> names = new ArrayList<>();
        int[][] cells = new int[rows][2];
        String[][] tips = new String[rows][2];
        for (int r = 0; r < rows; r++) {
            names.add("Xã " + r);
            cells[r] = new int[] {0, r % 2};
            tips[r] = new String[] {"Xã " + r + " tháng 1", "Xã " + r + " tháng 2"};
        }
        return new StatusHeatMap.Grid("Tình hình báo cáo", "Tháng", "Đơn vị", names, List.of("01/25", "02/25"),
                cells, tips, STATES);
    }

    @Test
    void eachCellCarriesItsStateAtItsColumnAndRow() {
        XYZDataset dataset = StatusHeatMap.createDataset(grid(3));

        assertThat(dataset.getItemCount(0)).isEqualTo(6);
        // row 1, column 1: the second state
        assertThat(dataset.getXValue(0, 3)).isEqualTo(1);
        assertThat(dataset.getYValue(0, 3)).isEqualTo(1);
        assertThat(dataset.getZValue(0, 3)).isEqualTo(1);
    }

    @Test
    void theLegendNamesEveryStateAndEveryUnitIsNamedOnItsRow() {
        StatusHeatMap.Grid grid = grid(30);
        JFreeChart chart = StatusHeatMap.createChart(StatusHeatMap.createDataset(grid), grid);
        XYPlot plot = chart.getXYPlot();

        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getFixedLegendItems().getItemCount(); i++) {
            legend.add(plot.getFixedLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("Đúng hạn", "Chưa gửi");
        assertThat(((SymbolAxis) plot.getRangeAxis()).getTickUnit().getSize()).isEqualTo(1);
        assertThat(plot.getRenderer().getToolTipGenerator(0, 3).generateToolTip(plot.getDataset(), 0, 3))
                .isEqualTo("Xã 1 tháng 2");
    }

    @Test
    void aMissingCellIsDrawnInItsColour() {
        StatusHeatMap.Grid grid = new StatusHeatMap.Grid("", "", "", List.of("Xã A"), List.of("01/25"),
                new int[][] {{1}}, new String[][] {{""}}, STATES);
        JFreeChart chart = StatusHeatMap.createChart(StatusHeatMap.createDataset(grid), grid);
        chart.removeLegend();
        BufferedImage image = chart.createBufferedImage(400, 300);

        int missing = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                missing += (image.getRGB(x, y) & 0xffffff) == 0xff8182 ? 1 : 0;
            }
        }
        assertThat(missing).isGreaterThan(1000);
    }
}
