package vn.dxoutreach.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.MonthStatus;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.StateGrid;

/** The months of Tình hình báo cáo as a grid: states worked out at once, words only when asked. */
class StatusGridsTest {

    private final StatusGrids grids = new StatusGrids(Messages.vietnamese());

    @Test
    void everyUnitsMonthsAreStatesOfTheLookInItsOrder() {
        Completeness.Table table = table();

        StateGrid.Cells cells = StatusGrids.months(table);

        assertThat(cells.rows()).containsExactly("Xã A");
        assertThat(cells.columns()).containsExactly("09/25", "10/25");
        assertThat(grids.look().states().get(cells.state(0, 0)).label()).isEqualTo(Messages.vietnamese()
                .label(MonthStatus.LATE));
        assertThat(grids.look().states().get(cells.state(0, 1)).crossed()).isTrue();
    }

    @Test
    void aMonthInWordsTellsTheUnitThePeriodAndTheDayItArrived() {
        assertThat(grids.cell(table(), 0, 0)).isEqualTo("Xã A – tháng 9/2025 (15/08/2025 – 14/09/2025): "
                + Messages.vietnamese().label(MonthStatus.LATE) + " (nhận ngày 25/09/2025)");
    }

    private static Completeness.Table table() {
        Unit unit = Unit.fresh("X01", "Xã A", 3, null, null, null, List.of(), java.time.Instant.EPOCH);
        Completeness.Row row = new Completeness.Row(unit, List.of(MonthStatus.LATE, MonthStatus.MISSING),
                Arrays.asList(LocalDate.of(2025, 9, 25), null), 2, 1, 0);
        return new Completeness.Table(List.of(YearMonth.of(2025, 9), YearMonth.of(2025, 10)), List.of(row), 2, 1, 0);
    }
}
