package vn.dxoutreach.exchange.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the fillable workbook from {@link Template}: one sheet per record type with bold headers,
 * a comment on each header saying what goes in it, drop-down lists for closed choices, and a
 * guide sheet explaining every column. {@link #main} regenerates the shipped file.
 */
public final class TemplateWorkbook {

    /** Rows of a sheet that get the drop-down lists (Excel's own limit is 1,048,576). */
    static final int VALIDATED_ROWS = 100_000;

    private TemplateWorkbook() {
    }

    /** Regenerates the shipped template: {@code resources/templates/mau-nhap-lieu.xlsx}, or the file given. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "resources" + Template.RESOURCE));
    }

    /** Writes the fillable template (without the export-only columns). */
    public static void write(Path file) throws IOException {
        try (XSSFWorkbook workbook = create(false); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /**
     * A workbook with the guide and every sheet's header row.
     *
     * @param extended whether to add the export-only columns (a full export does)
     */
    public static XSSFWorkbook create(boolean extended) {
        Template template = Template.get();
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFCellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (SheetSpec spec : template.sheets()) {
            List<Column> columns = extended ? spec.columns() : spec.templateColumns();
            XSSFSheet sheet = workbook.createSheet(spec.name());
            XSSFRow header = sheet.createRow(0);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                XSSFCell cell = header.createCell(i);
                cell.setCellValue(column.header());
                cell.setCellStyle(bold);
                cell.setCellComment(comment(workbook, drawing, i, column.note()));
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, column.header().length() + 4)) * 256);
                if (!column.choices().isEmpty()) {
                    addDropDown(sheet, i, column);
                }
            }
            sheet.createFreezePane(0, 1);
        }
        writeGuide(workbook, bold, extended);
        return workbook;
    }

    private static XSSFComment comment(XSSFWorkbook workbook, XSSFDrawing drawing, int column, String note) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(4);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(note));
        return comment;
    }

    /** A drop-down of the column's values; an open list (the office may add values) warns instead of refusing. */
    private static void addDropDown(XSSFSheet sheet, int index, Column column) {
        Template template = Template.get();
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(
                column.choices().toArray(String[]::new));
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, VALIDATED_ROWS, index, index));
        validation.setShowErrorBox(true);
        validation.setErrorStyle(column.open() ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(template.text("guide.choiceError.title"),
                template.text(column.open() ? "guide.choiceError.open" : "guide.choiceError.text"));
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void writeGuide(XSSFWorkbook workbook, XSSFCellStyle bold, boolean extended) {
        Template template = Template.get();
        XSSFSheet guide = workbook.createSheet(template.text("guide.sheet"));
        int r = 0;
        XSSFCell title = guide.createRow(r++).createCell(0);
        title.setCellValue(template.text("guide.title"));
        title.setCellStyle(bold);
        guide.createRow(r++).createCell(0).setCellValue(template.text("guide.intro"));
        r++;
        Row header = guide.createRow(r++);
        String[] heads = {"guide.header.sheet", "guide.header.column", "guide.header.required", "guide.header.note",
                "guide.header.choices"};
        for (int i = 0; i < heads.length; i++) {
            header.createCell(i).setCellValue(template.text(heads[i]));
            header.getCell(i).setCellStyle(bold);
        }
        for (SheetSpec spec : template.sheets()) {
            Row sheetRow = guide.createRow(r++);
            sheetRow.createCell(0).setCellValue(spec.name());
            sheetRow.getCell(0).setCellStyle(bold);
            sheetRow.createCell(3).setCellValue(spec.description());
            for (Column column : extended ? spec.columns() : spec.templateColumns()) {
                Row row = guide.createRow(r++);
                row.createCell(0).setCellValue(spec.name());
                row.createCell(1).setCellValue(column.header());
                row.createCell(2).setCellValue(template.text(column.required() ? "guide.yes" : "guide.no"));
                row.createCell(3).setCellValue(column.note());
                row.createCell(4).setCellValue(String.join(" / ", column.choices()));
            }
        }
        int[] widths = {12, 32, 10, 90, 50};
        for (int i = 0; i < widths.length; i++) {
            guide.setColumnWidth(i, widths[i] * 256);
        }
    }
}
