package vn.dxoutreach.ui.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dxoutreach.exchange.reporting.Completeness;
import vn.dxoutreach.exchange.reporting.MonthStatus;
import vn.dxoutreach.report.StatusHeatMap;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** The reporting tables as heat-map grids: a state, its colour and its words for every cell. */
final class StatusGrids {

    private final Messages messages;

    StatusGrids(Messages messages) {
        this.messages = messages;
    }

    /** The states in {@link MonthStatus} order, with the colours of the table. */
    List<StatusHeatMap.State> states() {
        return List.of(MonthStatus.values()).stream()
                .map(s -> new StatusHeatMap.State(messages.label(s), rgb(s), s == MonthStatus.MISSING)).toList();
    }

    /** Units × months. */
    StatusHeatMap.Grid months(Completeness.Table table) {
        List<String> units = table.rows().stream().map(r -> r.unit().name()).toList();
        List<String> months = table.months().stream().map(StatusGrids::monthLabel).toList();
        int[][] cells = new int[units.size()][months.size()];
        String[][] tips = new String[units.size()][months.size()];
        for (int r = 0; r < units.size(); r++) {
            Completeness.Row row = table.rows().get(r);
            for (int m = 0; m < months.size(); m++) {
                YearMonth month = table.months().get(m);
                cells[r][m] = row.months().get(m).ordinal();
                tips[r][m] = messages.get("reporting.heat.cell", row.unit().name(),
                        month.getMonthValue(), String.valueOf(month.getYear()), words(row.months().get(m),
                                row.arrivals().get(m)), Formats.date(Completeness.firstDay(month)),
                        Formats.date(Completeness.cutOff(month)));
            }
        }
        return new StatusHeatMap.Grid(messages.get("reporting.heat.title"), messages.get("reporting.heat.month"),
                messages.get("reporting.col.unit"), units, months, cells, tips, states());
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
