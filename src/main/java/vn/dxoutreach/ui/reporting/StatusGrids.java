package vn.dxoutreach.ui.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.paint.Color;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.MonthStatus;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.StateGrid;

/** The reporting tables as state grids: a state, its colour and its words for every cell. */
final class StatusGrids {

    /** A pale grid, so that the white months (nothing expected) still show as cells. */
    private static final Color OUTLINE = Color.web("#d0d7de");
    /** The line crossing out a missing month: dark, as in print. */
    private static final Color MARK = Color.rgb(64, 64, 64);

    private final Messages messages;

    StatusGrids(Messages messages) {
        this.messages = messages;
    }

    /** The states in {@link MonthStatus} order, with the colours of the table; missing months crossed out. */
    StateGrid.Look look() {
        return new StateGrid.Look(List.of(MonthStatus.values()).stream()
                .map(s -> StateGrid.State.of(messages.label(s), rgb(s), s == MonthStatus.MISSING)).toList(),
                MARK, OUTLINE);
    }

    /** Units × months: the names and each month's state; off the FX thread. */
    static StateGrid.Cells months(Completeness.Table table) {
        return StateGrid.Cells.of(table.rows().stream().map(r -> r.unit().name()).toList(),
                table.months().stream().map(StatusGrids::monthLabel).toList(),
                (row, month) -> table.rows().get(row).months().get(month).ordinal());
    }

    /** A unit's month in words: asked for the cell under the mouse only. */
    String cell(Completeness.Table table, int row, int month) {
        Completeness.Row unit = table.rows().get(row);
        YearMonth period = table.months().get(month);
        return messages.get("reporting.heat.cell", unit.unit().name(), period.getMonthValue(),
                String.valueOf(period.getYear()), words(unit.months().get(month), unit.arrivals().get(month)),
                Formats.date(Completeness.firstDay(period)), Formats.date(Completeness.cutOff(period)));
    }

    /** A status in words, with the day the data arrived when it did. */
    String words(MonthStatus status, LocalDate arrival) {
        return arrival == null ? messages.label(status)
                : messages.get("reporting.heat.arrived", messages.label(status), Formats.date(arrival));
    }

    static String monthLabel(YearMonth month) {
        return String.format("%02d/%02d", month.getMonthValue(), month.getYear() % 100);
    }

    /** Colours that differ in lightness too, as in the table. */
    static int rgb(MonthStatus status) {
        return switch (status) {
            case ON_TIME -> 0x2da44e;
            case LATE -> 0xd4a72c;
            case MISSING -> 0xff8182;
            case NOT_DUE -> 0xeaeef2;
            case NOT_EXPECTED -> 0xffffff;
        };
    }

    /** The same colour for a table cell's style. */
    static String css(MonthStatus status) {
        return String.format("#%06x", rgb(status));
    }
}
