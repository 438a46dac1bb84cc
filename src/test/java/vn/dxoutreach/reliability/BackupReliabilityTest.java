package vn.dxoutreach.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.reliability.StoreReliabilityKit.count;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.reliability.StoreReliabilityKit.Outcome;

/**
 * Hostile backups given to {@code restore}: garbage, cut short, a folder, two databases, a schema history
 * no build wrote or a newer one, a table missing, evidence whose content is not its name, entries larger
 * than declared or absurdly large, names that climb out. Each is refused in Vietnamese with the live data
 * untouched; a good backup is restored.
 */
class BackupReliabilityTest {

    private static final String BROADCASTS = "SELECT COUNT(*) FROM broadcast";
    private static final int LIVE_ROWS = 3;
    private static final int BACKUP_ROWS = 5;

    @TempDir
    Path temp;

    private byte[] goodZip;
    private byte[] goodDatabase;

    private void makeGoodBackup() throws Exception {
        Path source = StoreReliabilityKit.officeFolder(temp.resolve("source"));
        StoreReliabilityKit.runHere(source, "import",
                StoreReliabilityKit.broadcastsCsv(temp, "source", BACKUP_ROWS).toString());
        Path backup = temp.resolve("good.zip");
        StoreReliabilityKit.runHere(source, "backup", "--out", backup.toString());
        goodZip = Files.readAllBytes(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            goodDatabase = zip.getInputStream(zip.getEntry("dx-outreach.db")).readAllBytes();
        }
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private byte[] databaseAfter(String sql) throws Exception {
        Path db = Files.write(temp.resolve("changed-" + System.nanoTime() + ".db"), goodDatabase);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
        return Files.readAllBytes(db);
    }

    /** Sets the uncompressed size every central directory header of a zip declares. */
    private static byte[] declaredSize(byte[] zip, long size) {
        byte[] copy = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= copy.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                buffer.putInt(i + 24, (int) size);
            }
        }
        return copy;
    }

    private Map<String, byte[]> hostile() throws Exception {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        Random random = new Random(StoreReliabilityKit.seed());
        byte[] garbage = new byte[200_000];
        random.nextBytes(garbage);
        cases.put("garbage", garbage);
        cases.put("empty", new byte[0]);
        cases.put("text", "Đây là một tệp văn bản, không phải bản sao lưu.".getBytes(StandardCharsets.UTF_8));
        for (int permille : new int[] {100, 500, 900, 999}) {
            cases.put("truncated-" + permille, Arrays.copyOf(goodZip, goodZip.length * permille / 1000));
        }
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("dx-outreach.dQ", "rác".getBytes(StandardCharsets.UTF_8));
        two.put("dx-outreach.db", goodDatabase);
        cases.put("two-databases", new String(zip(two), StandardCharsets.ISO_8859_1)
                .replace("dx-outreach.dQ", "dx-outreach.db").getBytes(StandardCharsets.ISO_8859_1));
        cases.put("version-10.5", zip(Map.of("dx-outreach.db",
                databaseAfter("UPDATE flyway_schema_history SET version = '2.5' WHERE version = '2'"))));
        cases.put("version-newer", zip(Map.of("dx-outreach.db",
                databaseAfter("UPDATE flyway_schema_history SET version = '999' WHERE version = '2'"))));
        cases.put("no-evidence-table", zip(Map.of("dx-outreach.db", databaseAfter("DROP TABLE evidence"))));
        cases.put("no-history", zip(Map.of("dx-outreach.db", databaseAfter("DROP TABLE flyway_schema_history"))));
        Map<String, byte[]> badHash = new LinkedHashMap<>();
        badHash.put("dx-outreach.db", goodDatabase);
        badHash.put("evidence/ab/ab" + "0".repeat(62), "ảnh".getBytes(StandardCharsets.UTF_8));
        cases.put("evidence-bad-hash", zip(badHash));
        Map<String, byte[]> climbing = new LinkedHashMap<>();
        climbing.put("dx-outreach.db", goodDatabase);
        climbing.put("evidence/../../thoat.txt", new byte[] {1});
        cases.put("climbing-name", zip(climbing));
        Map<String, byte[]> extra = new LinkedHashMap<>();
        extra.put("dx-outreach.db", goodDatabase);
        extra.put("readme.txt", new byte[] {1});
        cases.put("unknown-entry", zip(extra));
        cases.put("declared-1.9GB", declaredSize(goodZip, 1_900_000_000L));
        cases.put("declared-smaller", declaredSize(goodZip, 1_000));
        cases.put("not-a-database", zip(Map.of("dx-outreach.db", garbage)));
        return cases;
    }

    @Test
    void hostileBackupsAreRefusedAndAGoodOneRestores() throws Exception {
        makeGoodBackup();
        Path live = StoreReliabilityKit.officeFolder(temp.resolve("live"));
        StoreReliabilityKit.runHere(live, "import", StoreReliabilityKit.broadcastsCsv(temp, "live", LIVE_ROWS).toString());
        int attempts = 0;
        int crashes = 0;
        int wronglyAccepted = 0;
        int lost = 0;
        List<String> failures = new ArrayList<>();
        Map<String, byte[]> cases = hostile();
        cases.put("folder", null);
        for (var c : cases.entrySet()) {
            Path file = temp.resolve("cases").resolve(c.getKey() + ".zip");
            Files.createDirectories(file.getParent());
            if (c.getValue() == null) {
                Files.createDirectories(file);
            } else {
                Files.write(file, c.getValue());
            }
            attempts++;
            Outcome outcome = StoreReliabilityKit.runHere(live, "restore", file.toString());
            if (outcome.crashed() || !outcome.err().matches("(?s).*(bị hỏng|mới hơn|thư mục).*")) {
                crashes++;
                failures.add(c.getKey() + ": " + outcome);
            }
            if (outcome.exitCode() == 0) {
                wronglyAccepted++;
                failures.add(c.getKey() + " accepted");
            }
            if (!"ok".equals(StoreReliabilityKit.integrity(live)) || count(live, BROADCASTS) != LIVE_ROWS) {
                lost++;
                failures.add(c.getKey() + " changed the live data");
            }
        }
        attempts++;
        Path good = Files.write(temp.resolve("cases").resolve("good.zip"), goodZip);
        Outcome restored = StoreReliabilityKit.runHere(live, "restore", good.toString());
        if (restored.exitCode() != 0 || count(live, BROADCASTS) != BACKUP_ROWS) {
            lost++;
            failures.add("good backup: " + restored);
        }

        StoreReliabilityKit.report("backup", attempts, crashes, wronglyAccepted, lost);
        assertThat(failures).isEmpty();
        assertThat(crashes + wronglyAccepted + lost).isZero();
    }
}
