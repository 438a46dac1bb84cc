package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.text.Messages;

class DataFolderProblemTest {

    @TempDir
    Path temp;

    private DataFolderProblem.Kind openFails(Path folder) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> StoreFixture.open(folder).close());
        assertThat(failure).isInstanceOf(DataFolderProblem.class);
        return ((DataFolderProblem) failure).kind();
    }

    private void history(Path folder, String sql) throws Exception {
        StoreFixture.open(folder).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("dx-outreach.db"));
             var st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedAndNamedSo() throws Exception {
        Path folder = temp.resolve("data");
        history(folder, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                + "installed_by, execution_time, success) VALUES (99, '99', 'x', 'SQL', 'V99__x.sql', 'x', 0, 1)");

        assertThat(openFails(folder)).isEqualTo(DataFolderProblem.Kind.NEWER);
        String said = ((DataFolderProblem) org.assertj.core.api.Assertions.catchThrowable(
                () -> StoreFixture.open(folder))).describe(Messages.vietnamese());
        assertThat(said).startsWith("Dữ liệu này được tạo bởi phiên bản mới hơn (phiên bản dữ liệu 99")
                .contains("hãy cập nhật ứng dụng");
    }

    @Test
    void aSchemaHistoryVersionNoBuildMadeMeansDamaged() throws Exception {
        Path folder = temp.resolve("data");
        history(folder, "UPDATE flyway_schema_history SET version = 'mười' WHERE version = '2'");

        assertThat(openFails(folder)).isEqualTo(DataFolderProblem.Kind.DAMAGED);
    }

    @Test
    void aGarbageDatabaseFileIsDamagedAndPointsToTheLatestAutomaticBackup() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder.resolve("backups"));
        Files.writeString(folder.resolve("backups/auto-2026-01-02_10-00-00.zip"), "x");
        Files.writeString(folder.resolve("dx-outreach.db"), "đây là một tệp văn bản, không phải cơ sở dữ liệu ".repeat(50));

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> StoreFixture.open(folder));

        assertThat(((DataFolderProblem) failure).kind()).isEqualTo(DataFolderProblem.Kind.DAMAGED);
        assertThat(((DataFolderProblem) failure).describe(Messages.vietnamese()))
                .contains("bị hỏng").contains("auto-2026-01-02_10-00-00.zip").contains("restore");
    }

    @Test
    void aDatabaseThatIsAFolderIsDamaged() throws Exception {
        Path folder = temp.resolve("data");
        Files.createDirectories(folder.resolve("dx-outreach.db"));

        assertThat(openFails(folder)).isEqualTo(DataFolderProblem.Kind.DAMAGED);
    }

    @Test
    void aDataFolderThatIsAFileIsSaidToBeOne() throws Exception {
        Path file = Files.writeString(temp.resolve("tep.txt"), "x");

        assertThat(openFails(file)).isEqualTo(DataFolderProblem.Kind.NOT_A_FOLDER);
    }

    @Test
    void aReadOnlyDataFolderCannotBeWritten() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        folder.toFile().setWritable(false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as a user who writes anywhere");
            assertThat(openFails(folder)).isEqualTo(DataFolderProblem.Kind.UNWRITABLE);
        } finally {
            folder.toFile().setWritable(true);
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheDataIsOpen() throws Exception {
        Path folder = temp.resolve("data");
        Path backup = temp.resolve("b.zip");
        try (Store store = StoreFixture.open(folder)) {
            BackupService.backup(store, backup);
            assertThatThrownBy(() -> BackupService.restore(new DataFolder(folder), backup, java.time.Clock.systemUTC()))
                    .isInstanceOf(DataFolderProblem.class)
                    .extracting(e -> ((DataFolderProblem) e).kind()).isEqualTo(DataFolderProblem.Kind.IN_USE);
        }
    }
}
