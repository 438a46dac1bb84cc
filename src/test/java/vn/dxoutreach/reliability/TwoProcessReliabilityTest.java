package vn.dxoutreach.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.reliability.StoreReliabilityKit.count;
import static vn.dxoutreach.reliability.StoreReliabilityKit.finish;
import static vn.dxoutreach.reliability.StoreReliabilityKit.start;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.reliability.StoreReliabilityKit.Child;
import vn.dxoutreach.reliability.StoreReliabilityKit.Outcome;

/**
 * Two processes on one data folder: a restore while an import runs, two imports at once, a backup while an
 * import writes. No write reported done may be missing, no raw SQLite error may reach the user, and a
 * process that cannot go ahead says so in Vietnamese.
 */
class TwoProcessReliabilityTest {

    private static final int ROWS = 15_000;
    private static final String BROADCASTS = "SELECT COUNT(*) FROM broadcast";

    @TempDir
    Path temp;

    private int attempts;
    private int crashes;
    private int lost;

    private void judge(Outcome... outcomes) {
        for (Outcome o : outcomes) {
            attempts++;
            if (o.crashed()) {
                crashes++;
            }
        }
    }

    private void restoreWhileImporting() throws Exception {
        Path data = StoreReliabilityKit.officeFolder(temp.resolve("restore"));
        Path backup = temp.resolve("empty.zip");
        judge(StoreReliabilityKit.runHere(data, "backup", "--out", backup.toString()));
        Child importing = start(data, temp.resolve("logs"), "import",
                StoreReliabilityKit.broadcastsCsv(temp, "restore", ROWS).toString());
        Thread.sleep(1_200);
        Child restoring = start(data, temp.resolve("logs"), "restore", backup.toString());
        Outcome imported = finish(importing);
        Outcome restored = finish(restoring);
        judge(imported, restored);
        if (restored.exitCode() == 2 && !restored.err().contains("đang được mở ở nơi khác")) {
            crashes++;
        }
        // an import that said it wrote its rows has them, unless a restore ran after it
        if (imported.exitCode() == 0 && restored.exitCode() != 0 && count(data, BROADCASTS) != ROWS) {
            lost++;
        }
    }

    private void twoImportsAtOnce() throws Exception {
        Path data = StoreReliabilityKit.officeFolder(temp.resolve("imports"));
        Child first = start(data, temp.resolve("logs"), "import",
                StoreReliabilityKit.broadcastsCsv(temp, "first", ROWS).toString());
        Child second = start(data, temp.resolve("logs"), "import",
                StoreReliabilityKit.broadcastsCsv(temp, "second", ROWS).toString());
        Outcome a = finish(first);
        Outcome b = finish(second);
        judge(a, b);
        long expected = (a.exitCode() == 0 ? ROWS : 0) + (b.exitCode() == 0 ? ROWS : 0);
        if (a.exitCode() != 0 || b.exitCode() != 0 || count(data, BROADCASTS) != expected) {
            lost++;
        }
    }

    private void backupWhileImporting() throws Exception {
        Path data = StoreReliabilityKit.officeFolder(temp.resolve("backup"));
        Path backup = temp.resolve("during.zip");
        Child importing = start(data, temp.resolve("logs"), "import",
                StoreReliabilityKit.broadcastsCsv(temp, "backup", ROWS).toString());
        Thread.sleep(1_200);
        Outcome backedUp = StoreReliabilityKit.runHere(data, "backup", "--out", backup.toString());
        Outcome imported = finish(importing);
        judge(backedUp, imported);
        Path restored = temp.resolve("from-backup");
        judge(StoreReliabilityKit.runHere(restored, "restore", backup.toString()));
        long rows = count(restored, BROADCASTS);
        if (backedUp.exitCode() != 0 || (rows != 0 && rows != ROWS) || count(data, BROADCASTS) != ROWS) {
            lost++;
        }
    }

    @Test
    void twoProcessesOnOneFolderLoseNoWriteAndSayWhyTheyWait() throws Exception {
        restoreWhileImporting();
        twoImportsAtOnce();
        backupWhileImporting();

        StoreReliabilityKit.report("two-process", attempts, crashes, 0, lost);
        assertThat(crashes).as("crashes").isZero();
        assertThat(lost).as("lost").isZero();
    }
}
