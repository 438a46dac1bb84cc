package vn.dxoutreach.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.reliability.StoreReliabilityKit.count;
import static vn.dxoutreach.reliability.StoreReliabilityKit.integrity;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.reliability.StoreReliabilityKit.Child;
import vn.dxoutreach.reliability.StoreReliabilityKit.Outcome;

/**
 * kill -9 of a child JVM at random moments of {@code import}, {@code restore} and {@code demo}: afterwards
 * SQLite finds the file whole, the operation is there entirely or not at all, and running it again works.
 */
class KillReliabilityTest {

    private static final int ROWS = 10_000;
    private static final String BROADCASTS = "SELECT COUNT(*) FROM broadcast";

    @TempDir
    Path temp;

    private final Random random = new Random(StoreReliabilityKit.seed());
    private int attempts;
    private int crashes;
    private int lost;

    /** Starts a command, kills it after a random moment, and checks what is left. */
    private Outcome killed(Path data, long minMillis, long maxMillis, String... args) throws Exception {
        attempts++;
        Child child = StoreReliabilityKit.start(data, temp.resolve("logs"), args);
        Thread.sleep(minMillis + (long) (random.nextDouble() * (maxMillis - minMillis)));
        Outcome outcome = StoreReliabilityKit.kill(child);
        if (outcome.crashed()) {
            crashes++;
        }
        if (!"ok".equals(integrity(data))) {
            lost++;
        }
        return outcome;
    }

    /** Runs a command to its end; it must succeed. */
    private void completes(Path data, String... args) throws Exception {
        attempts++;
        Outcome outcome = StoreReliabilityKit.finish(StoreReliabilityKit.start(data, temp.resolve("logs"), args));
        if (outcome.crashed() || outcome.exitCode() != 0) {
            crashes++;
        }
    }

    private void importKilledPartWay() throws Exception {
        for (int i = 0; i < 2; i++) {
            Path data = StoreReliabilityKit.officeFolder(temp.resolve("import-" + i));
            Path csv = StoreReliabilityKit.broadcastsCsv(temp, "import-" + i, ROWS);
            killed(data, 500, 4_000, "import", csv.toString());
            long rows = count(data, BROADCASTS);
            if (rows != 0 && rows != ROWS) {
                lost++;
            }
            if (i == 0) {
                completes(data, "import", csv.toString());
                if (count(data, BROADCASTS) != ROWS) {
                    lost++;
                }
            }
        }
    }

    private void restoreKilledPartWay() throws Exception {
        Path source = StoreReliabilityKit.officeFolder(temp.resolve("restore-source"));
        completes(source, "import", StoreReliabilityKit.broadcastsCsv(temp, "restore-source", ROWS).toString());
        Path backup = temp.resolve("backup.zip");
        completes(source, "backup", "--out", backup.toString());
        for (int i = 0; i < 2; i++) {
            Path data = StoreReliabilityKit.officeFolder(temp.resolve("restore-" + i));
            completes(data, "import", StoreReliabilityKit.broadcastsCsv(temp, "restore-" + i, 7).toString());
            killed(data, 300, 3_000, "restore", backup.toString());
            long rows = count(data, BROADCASTS);
            if (rows != 7 && rows != ROWS) {
                lost++;
            }
            if (i == 0) {
                completes(data, "restore", backup.toString());
                if (count(data, BROADCASTS) != ROWS) {
                    lost++;
                }
            }
        }
    }

    private void demoKilledPartWay() throws Exception {
        Path data = temp.resolve("demo");
        killed(data, 1_500, 5_000, "demo", "--until", "2025-12-31");
        long units = count(data, "SELECT COUNT(*) FROM unit");
        long airings = count(data, BROADCASTS);
        if (units == 0 && airings != 0) {
            lost++;
        }
        if (units == 0) {
            // a killed demo leaves the folder as it was: running it again works
            completes(data, "demo", "--until", "2025-12-31");
            if (count(data, "SELECT COUNT(*) FROM unit") == 0) {
                lost++;
            }
        }
    }

    @Test
    void aKilledCommandLeavesAWholeDatabaseWithAllOrNoneOfItsWork() throws Exception {
        importKilledPartWay();
        restoreKilledPartWay();
        demoKilledPartWay();

        StoreReliabilityKit.report("kill", attempts, crashes, 0, lost);
        assertThat(crashes).as("crashes").isZero();
        assertThat(lost).as("lost").isZero();
    }
}
