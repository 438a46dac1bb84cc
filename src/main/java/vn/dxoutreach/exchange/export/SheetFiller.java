package vn.dxoutreach.exchange.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.SheetSpec;

/**
 * Writes the rows of one template sheet into a streaming workbook, within what Excel can hold: a
 * sheet of more than 1,048,576 rows goes on in PhatThanh2, PhatThanh3… (names the import reads as
 * the same sheet, header repeated), and a text longer than a cell's 32,767 characters is cut, ending
 * in "…". Both are counted, for the user to be told.
 */
final class SheetFiller {

    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT_MARK = "…";

    private final SXSSFWorkbook workbook;
    private final SheetSpec spec;
    private final CellStyle dates;
    private final List<Column> columns;
    private final int maxRows;
    private final List<String> continuations = new ArrayList<>();
    private final List<String> cutPlaces = new ArrayList<>();
    private long cutCells;
    private Sheet sheet;
    private int rowNumber = 1;

    SheetFiller(SXSSFWorkbook workbook, SheetSpec spec, CellStyle dates) {
        this(workbook, spec, dates, MAX_ROWS);
    }

    /** With a smaller sheet than Excel's, for tests. */
    SheetFiller(SXSSFWorkbook workbook, SheetSpec spec, CellStyle dates, int maxRows) {
        this.maxRows = maxRows;
        this.workbook = workbook;
        this.spec = spec;
        this.dates = dates;
        this.columns = spec.columns();
        this.sheet = workbook.getSheet(spec.name());
    }

    /** Appends one record's row; values by column id, absent ones blank. */
    void add(Map<String, Object> values) {
        if (rowNumber >= maxRows) {
            continueOnNewSheet();
        }
        Row out = sheet.createRow(rowNumber);
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.getOrDefault(columns.get(i).id(), "");
            Cell cell = out.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dates);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(fitting(value.toString(), i));
            }
        }
        rowNumber++;
    }

    /** The sheets opened after the first because it was full. */
    List<String> continuations() {
        return continuations;
    }

    long cutCells() {
        return cutCells;
    }

    /** Where texts were cut ("PhatThanh!H12"), the first few. */
    List<String> cutPlaces() {
        return cutPlaces;
    }

    private String fitting(String text, int column) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        cutCells++;
        if (cutPlaces.size() < ExportResult.PLACES_SHOWN) {
            cutPlaces.add(sheet.getSheetName() + "!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column)
                    + (rowNumber + 1));
        }
        int end = MAX_TEXT - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + CUT_MARK;
    }

    private void continueOnNewSheet() {
        String name = spec.name() + (continuations.size() + 2);
        Sheet next = workbook.createSheet(name);
        workbook.setSheetOrder(name, workbook.getSheetIndex(sheet) + 1);
        Row header = next.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
        }
        next.createFreezePane(0, 1);
        continuations.add(name);
        sheet = next;
        rowNumber = 1;
    }
}
