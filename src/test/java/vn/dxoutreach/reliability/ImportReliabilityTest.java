package vn.dxoutreach.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.reliability.StoreReliabilityKit.count;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.reliability.StoreReliabilityKit.Outcome;

/**
 * Hostile import files: dates of year 1, 1900, 2099, 9999, Excel date serials 0, 1, 60, 2958466 and 1e308,
 * a 10 MB cell, garbage and cut-short workbooks. Each is refused in Vietnamese naming the row and writes
 * nothing; decomposed (NFD) Vietnamese is taken and stored composed.
 */
class ImportReliabilityTest {

    private static final String BROADCASTS = "SELECT COUNT(*) FROM broadcast";
    private static final String[] HEADERS = {"Ngày phát", "Mã đơn vị", "Tên chương trình", "Hình thức",
            "Thời lượng (phút)", "Buổi"};

    @TempDir
    Path temp;

    private Path csv(String label, String rows) throws Exception {
        Path file = Files.createDirectories(temp.resolve("csv").resolve(label)).resolve("PhatThanh.csv");
        Files.writeString(file, StoreReliabilityKit.CSV_HEADER + rows, StandardCharsets.UTF_8);
        return file;
    }

    private static String row(String day, String title) {
        return day + "," + StoreReliabilityKit.COMMUNE + "," + title + ",Sản xuất mới,15,Sáng\n";
    }

    /** A workbook whose second data row has a date cell holding an Excel serial. */
    private Path workbookWithSerial(double serial) throws Exception {
        Path file = Files.createDirectories(temp.resolve("xlsx")).resolve("serial-" + serial + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("PhatThanh");
            XSSFRow header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            XSSFCellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            double[] days = {45_570, serial};
            for (int r = 0; r < days.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(days[r]);
                row.getCell(0).setCellStyle(dates);
                row.createCell(1).setCellValue(StoreReliabilityKit.COMMUNE);
                row.createCell(2).setCellValue("Chuyên mục " + r);
                row.createCell(3).setCellValue("Sản xuất mới");
                row.createCell(4).setCellValue(15);
                row.createCell(5).setCellValue("Sáng");
            }
            book.write(out);
        }
        return file;
    }

    private Map<String, Path> hostile() throws Exception {
        Map<String, Path> cases = new LinkedHashMap<>();
        String good = row("05/10/2024", "Chuyên mục đúng");
        for (String day : List.of("01/01/0001", "31/12/1899", "01/01/1900", "01/01/2099", "31/12/9999", "+10000-01-01")) {
            cases.put("date " + day, csv("date-" + cases.size(), good + row(day, "Chuyên mục sai")));
        }
        for (double serial : new double[] {0, 1, 60, 2_958_466, 1e308}) {
            cases.put("serial " + serial, workbookWithSerial(serial));
        }
        cases.put("10 MB cell", csv("huge", good + row("06/10/2024", "A".repeat(10_000_000))));
        cases.put("long note-less title", csv("long", good + row("06/10/2024", "Tiêu đề ".repeat(100))));
        Path valid = workbookWithSerial(45_571);
        byte[] whole = Files.readAllBytes(valid);
        Random random = new Random(StoreReliabilityKit.seed());
        byte[] garbage = new byte[100_000];
        random.nextBytes(garbage);
        Path dir = Files.createDirectories(temp.resolve("bad"));
        cases.put("garbage xlsx", Files.write(dir.resolve("garbage.xlsx"), garbage));
        cases.put("cut xlsx", Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3)));
        cases.put("text xlsx", Files.writeString(dir.resolve("text.xlsx"), "không phải Excel"));
        cases.put("empty xlsx", Files.write(dir.resolve("empty.xlsx"), new byte[0]));
        return cases;
    }

    @Test
    void hostileImportFilesAreRefusedWhileDecomposedTextIsStoredComposed() throws Exception {
        Path data = StoreReliabilityKit.officeFolder(temp.resolve("data"));
        int attempts = 0;
        int crashes = 0;
        int wronglyAccepted = 0;
        int lost = 0;
        List<String> failures = new ArrayList<>();
        for (var c : hostile().entrySet()) {
            attempts++;
            Outcome outcome = StoreReliabilityKit.runHere(data, "import", c.getValue().toString());
            if (outcome.crashed() || outcome.err().contains("SEVERE") || outcome.err().length() > 2_000) {
                crashes++;
                failures.add(c.getKey() + ": " + outcome.err().substring(0, Math.min(500, outcome.err().length())));
            }
            if (outcome.exitCode() != 2 || count(data, BROADCASTS) != 0) {
                wronglyAccepted++;
                failures.add(c.getKey() + " accepted: " + outcome.out());
            }
        }
        attempts++;
        String nfd = Normalizer.normalize("Hướng dẫn cài đặt VNeID cho người dân", Normalizer.Form.NFD);
        Outcome imported = StoreReliabilityKit.runHere(data, "import", csv("nfd", row("07/10/2024", nfd)).toString());
        long composed = count(data, "SELECT COUNT(*) FROM broadcast WHERE program_title = '"
                + Normalizer.normalize(nfd, Normalizer.Form.NFC) + "'");
        if (imported.exitCode() != 0) {
            lost++;
            failures.add("NFD refused: " + imported);
        } else if (composed != 1) {
            wronglyAccepted++;
            failures.add("NFD stored as it came");
        }

        StoreReliabilityKit.report("import", attempts, crashes, wronglyAccepted, lost);
        assertThat(failures).isEmpty();
        assertThat(crashes + wronglyAccepted + lost).isZero();
    }
}
