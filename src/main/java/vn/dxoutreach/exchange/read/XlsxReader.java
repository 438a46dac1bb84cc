package vn.dxoutreach.exchange.read;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import vn.dxoutreach.exchange.Progress;

/**
 * Reads the sheets of an xlsx file by streaming their XML, so that 100,000 rows or a million
 * empty ones need little memory. Real date cells come out as yyyy-MM-dd, numbers without grouping.
 * Formula cells give the value Excel calculated and saved with the file, never evaluated here; a
 * formula saved without a value refuses the file (see docs/decisions/import-files.md).
 */
final class XlsxReader {

    private XlsxReader() {
    }

    /** The sheets whose names {@code wanted} accepts, in workbook order. */
    static List<RawSheet> read(Path file, Predicate<String> wanted, Progress progress) throws Exception {
        List<RawSheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    if (!wanted.test(name)) {
                        continue;
                    }
                    RowCollector collector = new RowCollector(name, file.getFileName().toString(), progress);
                    Rows handler = new Rows(collector);
                    UncalculatedFormulas parser = new UncalculatedFormulas();
                    parser.setParent(XMLHelper.newXMLReader());
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                            new PlainFormatter(), false));
                    try {
                        parser.parse(new InputSource(in));
                    } catch (TooManyRows e) {
                        throw new UnreadableFileException("data.file.tooManyRows", e, name, RowCollector.MAX_ROWS);
                    } catch (UncalculatedFormulas.Found e) {
                        throw new UnreadableFileException("data.file.uncalculatedFormula", e,
                                file.getFileName().toString(), name, e.cell());
                    }
                    sheets.add(collector.sheet());
                }
            }
        }
        return sheets;
    }

    /** Dates as ISO text, numbers as plain digits: what the row parser reads whatever the cell's format. */
    private static final class PlainFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateTimeFormatter.ISO_LOCAL_DATE.format(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            return NumberToTextConverter.toText(value);
        }
    }

    /** Thrown from inside the SAX handler, which cannot throw checked exceptions. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows");
        }
    }

    /** Collects the cells of each row in column order, blanks in between kept. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowCollector collector;
        private final List<String> cells = new ArrayList<>();
        private int column = -1;

        Rows(RowCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            column = -1;
        }

        @Override
        public void endRow(int rowNum) {
            if (!collector.add(rowNum + 1, cells)) {
                throw new TooManyRows();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            column = reference == null ? column + 1 : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
