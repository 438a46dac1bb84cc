package vn.dxoutreach.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dxoutreach.exchange.CsvFormulas;
import vn.dxoutreach.text.Formats;

/**
 * Saves what a table shows — its headers and its (filtered) rows — as xlsx or CSV, chosen by the
 * file's extension. Cells keep their type: {@link LocalDate} becomes a date cell (dd/mm/yyyy),
 * a {@link Number} a number cell, anything else text (pass labels, not enum constants).
 * CSV is UTF-8 with a BOM so that Excel shows Vietnamese letters, comma separated, dates dd/MM/yyyy.
 * The file is written to a temporary file first and moved into place, so a failure leaves no half file.
 */
public final class TableExport {

    private TableExport() {
    }

    /** Writes one table; the sheet is named "DuLieu". */
    public static void write(Path file, List<String> headers, List<? extends List<?>> rows) throws IOException {
        write(file, "DuLieu", headers, rows);
    }

    /** Writes one table into a sheet of the given name (xlsx) or as CSV. */
    public static void write(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows)
            throws IOException {
        Path temp = tempBeside(file);
        try {
            if (isCsv(file)) {
                writeCsv(temp, headers, rows);
            } else {
                writeXlsx(temp, sheetName, headers, rows);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static boolean isCsv(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    static Path tempBeside(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return Files.createTempFile(dir, ".export-", ".tmp");
    }

    private static void writeXlsx(Path file, String sheetName, List<String> headers, List<? extends List<?>> rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            Cells cells = new Cells(workbook);
            for (int r = 0; r < rows.size(); r++) {
                cells.writeRow(sheet, r + 1, rows.get(r));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeCsv(Path file, List<String> headers, List<? extends List<?>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, headers);
            for (List<?> row : rows) {
                line(out, row);
            }
        }
    }

    static void line(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvCell(values.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * A CSV cell: dates dd/MM/yyyy, text that would start a formula guarded, quoted when it holds
     * a comma, semicolon, quote or line break.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof LocalDate date ? Formats.date(date)
                : value instanceof Number ? value.toString() : CsvFormulas.guard(value.toString());
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
