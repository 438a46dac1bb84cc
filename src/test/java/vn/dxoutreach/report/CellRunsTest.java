package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellRunsTest {

    /** The cells row by row, column by column, as a heat map's dataset holds them: x column, y row, z state. */
    private static org.jfree.data.xy.XYZDataset grid(int[][] cells) {
        int count = cells.length * cells[0].length;
        double[][] xyz = new double[3][count];
        int i = 0;
        for (int row = 0; row < cells.length; row++) {
            for (int column = 0; column < cells[row].length; column++) {
                xyz[0][i] = column;
                xyz[1][i] = row;
                xyz[2][i] = cells[row][column];
                i++;
            }
        }
        org.jfree.data.xy.DefaultXYZDataset dataset = new org.jfree.data.xy.DefaultXYZDataset();
        dataset.addSeries("cells", xyz);
        return dataset;
    }

    @Test
    void neighboursInTheSameStateOfARowMakeOneRunAndEveryChangeStartsAnother() {
        var dataset = (grid(new int[][] {{0, 0, 1, 0}, {0, 0, 0, 0}}));

        assertThat(CellRuns.of(dataset, 0)).containsExactly(
                new CellRuns.Run(0, 0, 1, 0),
                new CellRuns.Run(0, 2, 2, 1),
                new CellRuns.Run(0, 3, 3, 0),
                new CellRuns.Run(1, 0, 3, 0));
    }

    @Test
    void aRowDoesNotRunOnIntoTheNextEvenInTheSameState() {
        var dataset = (grid(new int[][] {{1, 1}, {1, 1}, {1, 1}}));

        assertThat(CellRuns.of(dataset, 0)).extracting(CellRuns.Run::row).containsExactly(0.0, 1.0, 2.0);
    }

    @Test
    void aGridMetWeekAfterWeekIsARunAUnitWhateverItsWeeks() {
        int[][] cells = new int[300][52];
        cells[7][30] = 1;

        assertThat(CellRuns.of((grid(cells)), 0)).hasSize(302);
    }
}
