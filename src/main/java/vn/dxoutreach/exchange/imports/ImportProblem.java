package vn.dxoutreach.exchange.imports;

/**
 * One thing wrong with an import, said so that a commune officer can find and fix it.
 *
 * @param sheet  the sheet (or, for a file that cannot be read, the file name)
 * @param row    the row number as Excel shows it; 0 for the whole file or sheet
 * @param column the column header; "" for the whole row or file
 * @param value  the value found; "" when it was empty
 * @param reason what is wrong, in the user's language
 */
public record ImportProblem(String sheet, int row, String column, String value, String reason) {

    /** Whether the problem is about the whole file or sheet rather than one of its rows. */
    public boolean wholeFile() {
        return row <= 0;
    }

    /** The row number as a table cell shows it: empty for a problem of the whole file. */
    public String rowLabel() {
        return wholeFile() ? "" : String.valueOf(row);
    }
}
