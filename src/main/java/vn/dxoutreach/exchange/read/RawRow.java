package vn.dxoutreach.exchange.read;

import java.util.List;

/**
 * One non-empty row as read from a file, every cell as text (dates from real date cells as yyyy-MM-dd).
 *
 * @param number the row number the user sees in Excel or the line number of a CSV file
 */
public record RawRow(int number, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a position, "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
