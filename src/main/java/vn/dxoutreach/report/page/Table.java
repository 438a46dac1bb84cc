package vn.dxoutreach.report.page;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table: a header row, repeated on every page the table continues on, and body rows that
 * each stay whole on one page.
 */
public final class Table {

    /** A column: its heading, its share of the width and how its cells align. */
    public record Column(String heading, float weight, Align align) {
    }

    private final List<Column> columns;
    private final Font headerFont;
    private final Font bodyFont;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(List<Column> columns, Font headerFont, Font bodyFont) {
        this.columns = List.copyOf(columns);
        this.headerFont = headerFont;
        this.bodyFont = bodyFont;
    }

    public Table row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("A row needs " + columns.size() + " cells, not " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    TableRow header() {
        return new TableRow(columns.stream().map(Column::heading).toList(),
                columns.stream().map(c -> Align.CENTER).toList(), weights(), headerFont, true);
    }

    List<TableRow> body() {
        List<Align> aligns = columns.stream().map(Column::align).toList();
        return rows.stream().map(cells -> new TableRow(cells, aligns, weights(), bodyFont, false)).toList();
    }

    private float[] weights() {
        float[] weights = new float[columns.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = columns.get(i).weight();
        }
        return weights;
    }
}
