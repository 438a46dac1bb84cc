package vn.dxoutreach.ui.reporting;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import vn.dxoutreach.exchange.reporting.MonthStatus;
import vn.dxoutreach.text.Messages;

/** A table column of report states: a short mark on the state's colour, the state in words on hover. */
final class StatusColumns {

    private StatusColumns() {
    }

    static <S> TableColumn<S, MonthStatus> of(String header, double width, Function<S, MonthStatus> status,
            Function<S, LocalDate> arrival, StatusGrids grids, Messages messages) {
        TableColumn<S, MonthStatus> column = new TableColumn<>(header);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(status.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MonthStatus state, boolean empty) {
                super.updateItem(state, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || state == null || row == null) {
                    setText(null);
                    setStyle("");
                    setTooltip(null);
                    return;
                }
                setText(messages.get(shortKey(state)));
                setStyle("-fx-alignment: center; -fx-background-color: " + StatusGrids.css(state) + ";");
                setTooltip(new Tooltip(grids.words(state, arrival.apply(row))));
            }
        });
        return column;
    }

    private static String shortKey(MonthStatus status) {
        return switch (status) {
            case ON_TIME -> "reporting.short.onTime";
            case LATE -> "reporting.short.late";
            case MISSING -> "reporting.short.missing";
            case NOT_DUE -> "reporting.short.notDue";
            case NOT_EXPECTED -> "reporting.short.notExpected";
        };
    }
}
