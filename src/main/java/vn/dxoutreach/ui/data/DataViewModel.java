package vn.dxoutreach.ui.data;

import java.io.IOException;
import java.nio.file.Path;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.ui.DesktopApp;

/** Dữ liệu's backups: what the view asks of the store, so that the view itself never calls it. */
final class DataViewModel {

    /** How many automatic copies are kept and where they are, for the hint. */
    record BackupPlace(int kept, Path folder) {
    }

    private final Store store;
    private final java.time.Clock clock;

    DataViewModel(Store store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Reads the setting; store work, for the task runner. */
    BackupPlace backupPlace() {
        return new BackupPlace(BackupService.kept(store), store.folder().backups());
    }

    void backup(Path file) throws IOException {
        BackupService.backup(store, file);
    }

    /** Closes the data, restores the copy and opens the window again on what is there now. */
    void restore(Path file) throws Exception {
        DesktopApp.reopenAfter(folder -> BackupService.restore(folder, file, clock));
    }

    /**
     * What to tell the user when a restore failed for a reason they can act on (a damaged or newer copy,
     * a data folder that cannot be used), or empty for an unexpected failure.
     */
    static java.util.Optional<String> knownFailure(Exception error, Path file, vn.dxoutreach.text.Messages messages) {
        if (error instanceof BackupService.DamagedBackup damaged) {
            return java.util.Optional.of(messages.get(damaged.messageKey(), file));
        }
        if (error instanceof vn.dxoutreach.store.DataFolderProblem problem) {
            return java.util.Optional.of(problem.describe(messages));
        }
        return java.util.Optional.empty();
    }
}
