package vn.dxoutreach.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.dxoutreach.cli.CliRun;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/**
 * What the store reliability tests share: data folders with an office, generated import files, the
 * command line run in this JVM or in a child JVM that can be killed, and the checks after it (SQLite's
 * integrity check, counts). Named for the store so that other reliability tests keep their own helpers.
 */
final class StoreReliabilityKit {

    static final String CSV_HEADER = "Ngày phát,Mã đơn vị,Tên chương trình,Hình thức,Thời lượng (phút),Buổi\n";
    static final String COMMUNE = "X01";

    private StoreReliabilityKit() {
    }

    /** The seed of the random moments and sizes; {@code -Dreliability.seed=N} repeats a run. */
    static long seed() {
        return Long.getLong("reliability.seed", 20_261_203L);
    }

    /** A data folder whose office is a commune, ready to import broadcasts. */
    static Path officeFolder(Path folder) {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, COMMUNE, "Xã An Bình", 3, null);
            new Office(store).set(commune);
        }
        return folder;
    }

    /** A CSV of {@code rows} distinct broadcasts of the commune in 2024. */
    static Path broadcastsCsv(Path folder, String label, int rows) throws IOException {
        Path file = Files.createDirectories(folder.resolve(label)).resolve("PhatThanh.csv");
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("%02d/%02d/2024,%s,%s %d,Sản xuất mới,15,Sáng%n", 1 + i % 28, 1 + i / 28 % 12,
                    COMMUNE, label, i));
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** What a command printed and returned. */
    record Outcome(int exitCode, String out, String err, boolean killed) {

        /** A stack trace, a Java exception's name or SQLite's own words reached the user. */
        boolean crashed() {
            String all = out + err;
            return !killed && (exitCode != 0 && exitCode != 2 || all.contains("Exception") || all.contains("\tat ")
                    || all.contains("SQLITE_") || all.contains("OutOfMemoryError"));
        }
    }

    /** Runs the command line in this JVM, keeping what it printed. */
    static Outcome runHere(Path dataDir, String... args) {
        CliRun run = CliRun.of(dataDir, args);
        return new Outcome(run.exitCode(), run.out(), run.err(), false);
    }

    /** A child JVM and the files its output goes to. */
    record Child(Process process, Path out, Path err) {
    }

    /** A child JVM running the command line on a data folder (killed with {@link #kill}). */
    static Child start(Path dataDir, Path logs, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "vn.dxoutreach.Launcher", "--data-dir", dataDir.toString()));
        command.addAll(List.of(args));
        Path folder = Files.createDirectories(logs.resolve(args[0] + "-" + System.nanoTime()));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(process, out, err);
    }

    /** Waits for a child to end by itself. */
    static Outcome finish(Child child) throws Exception {
        if (!child.process().waitFor(150, TimeUnit.SECONDS)) {
            child.process().destroyForcibly().waitFor();
            throw new AssertionError("a command did not end in time");
        }
        return outcome(child, false);
    }

    /** Kills a child as {@code kill -9} would (SIGKILL), unless it already ended. */
    static Outcome kill(Child child) throws Exception {
        boolean ended = !child.process().isAlive();
        child.process().destroyForcibly();
        child.process().waitFor(30, TimeUnit.SECONDS);
        return outcome(child, !ended);
    }

    private static Outcome outcome(Child child, boolean killed) throws IOException {
        return new Outcome(killed ? -9 : child.process().exitValue(), Files.readString(child.out()),
                Files.readString(child.err()), killed);
    }

    /** SQLite's verdict on the data folder's database ("ok" when whole). */
    static String integrity(Path dataDir) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dx-outreach.db"));
             var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** A number the database answers, e.g. {@code SELECT COUNT(*) FROM broadcast}; 0 before its table exists. */
    static long count(Path dataDir, String sql) throws SQLException {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("dx-outreach.db"));
             var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return 0;
            }
            throw e;
        }
    }

    /** The one line each reliability test prints. */
    static void report(String area, int attempts, int crashes, int wronglyAccepted, int lost) {
        System.out.println("reliability " + area + ": attempts=" + attempts + " crashes=" + crashes
                + " wrongly-accepted=" + wronglyAccepted + " lost=" + lost);
    }
}
