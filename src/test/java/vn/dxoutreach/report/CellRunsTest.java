package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellRunsTest {

    private static final List<StatusHeatMap.State> STATES = List.of(
            new StatusHeatMap.State("Đúng hạn", 0x2da44e, false),
            new StatusHeatMap.State("Chưa gửi", 0xff8182, true));

    private static StatusHeatMap.Grid grid(int[][] cells) {
        String[][] tips = new String[cells.length][cells[0].length];
        List<String> rows = java.util.stream.IntStream.range(0, cells.length).mapToObj(r -> "Xã " + r).toList();
        List<String> columns = java.util.stream.IntStream.range(0, cells[0].length).mapToObj(c -> "T" + c).toList();
        return new StatusHeatMap.Grid("", "", "", rows, columns, cells, tips, STATES);
    }

    @Test
    void neighboursInTheSameStateOfARowMakeOneRunAndEveryChangeStartsAnother() {
        var dataset = StatusHeatMap.createDataset(grid(new int[][] {{0, 0, 1, 0}, {0, 0, 0, 0}}));

        assertThat(CellRuns.of(dataset, 0)).containsExactly(
                new CellRuns.Run(0, 0, 1, 0),
                new CellRuns.Run(0, 2, 2, 1),
                new CellRuns.Run(0, 3, 3, 0),
                new CellRuns.Run(1, 0, 3, 0));
    }

    @Test
    void aRowDoesNotRunOnIntoTheNextEvenInTheSameState() {
        var dataset = StatusHeatMap.createDataset(grid(new int[][] {{1, 1}, {1, 1}, {1, 1}}));

        assertThat(CellRuns.of(dataset, 0)).extracting(CellRuns.Run::row).containsExactly(0.0, 1.0, 2.0);
    }

    @Test
    void aGridMetWeekAfterWeekIsARunAUnitWhateverItsWeeks() {
        int[][] cells = new int[300][52];
        cells[7][30] = 1;

        assertThat(CellRuns.of(StatusHeatMap.createDataset(grid(cells)), 0)).hasSize(302);
    }
}
