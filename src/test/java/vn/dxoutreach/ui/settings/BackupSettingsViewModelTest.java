package vn.dxoutreach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.store.BackupService;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.settings.BackupSettingsViewModel.SizeUnit;

class BackupSettingsViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private BackupSettingsViewModel model;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        model = new BackupSettingsViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void budgetsAreReadAsAnOfficeTypesThem() {
        assertThat(model.megabytes("2", SizeUnit.GB)).hasValue(2048L);
        assertThat(model.megabytes(" 1,5 ", SizeUnit.GB)).hasValue(1536L);
        assertThat(model.megabytes("1.5", SizeUnit.GB)).hasValue(1536L);
        assertThat(model.megabytes("1.024", SizeUnit.MB)).hasValue(1024L);
        assertThat(model.megabytes("500", SizeUnit.MB)).hasValue(500L);
    }

    @Test
    void aBudgetTooSmallTooLargeOrNoNumberHasAReason() {
        assertThat(model.problem("99", SizeUnit.MB)).isPresent();
        assertThat(model.problem("2000", SizeUnit.GB)).isPresent();
        assertThat(model.problem("-5", SizeUnit.GB)).isPresent();
        assertThat(model.problem("1 GB", SizeUnit.GB)).isPresent();
        assertThat(model.problem("", SizeUnit.MB)).hasValue(
                "Hãy nhập dung lượng là một số từ 100 MB đến 1.024 GB, ví dụ 1 GB hoặc 500 MB. Chưa lưu thay đổi nào.");
        assertThat(model.problem("100", SizeUnit.MB)).isEmpty();
    }

    @Test
    void aBudgetIsShownInWholeGigabytesWhenItIsSome() {
        assertThat(BackupSettingsViewModel.Typed.of(1024)).isEqualTo(new BackupSettingsViewModel.Typed("1", SizeUnit.GB));
        assertThat(BackupSettingsViewModel.Typed.of(1536))
                .isEqualTo(new BackupSettingsViewModel.Typed("1.536", SizeUnit.MB));
    }

    @Test
    void theAutomaticBackupsAndTheirEvidenceCopiesAreCountedAndTheNewestDated() throws IOException {
        Path backups = Files.createDirectories(store.folder().backups());
        Files.write(backups.resolve("auto-2024-06-29_10-00-00.zip"), new byte[3 << 20]);
        Path newest = Files.write(backups.resolve("auto-2024-06-30_10-00-00.zip"), new byte[2 << 20]);
        Files.write(Files.createDirectories(backups.resolve("evidence/ab")).resolve("ab".repeat(32)), new byte[1 << 20]);
        Files.write(backups.resolve("restore-2024-06-01.db"), new byte[5 << 20]);
        LocalDateTime taken = LocalDateTime.of(2024, 6, 30, 10, 0, 5);
        Files.setLastModifiedTime(newest, FileTime.from(taken.atZone(ZoneId.systemDefault()).toInstant()));

        BackupSettingsViewModel.Shown shown = model.load();

        assertThat(shown.copies()).isEqualTo(2);
        assertThat(shown.bytes()).isEqualTo(6L << 20);
        assertThat(shown.last()).hasValue(taken);
        assertThat(model.usage(shown))
                .isEqualTo("Hiện có 2 bản sao lưu tự động, chiếm 6 MB; bản gần nhất lúc 10:00 ngày 30/06/2024.");
    }

    @Test
    void theLimitsAreStoredWhereTheBackupReadsThem() throws IOException {
        model.saveKept(4);
        model.saveBudget(300);

        BackupSettingsViewModel.Shown shown = model.load();
        assertThat(BackupService.kept(store)).isEqualTo(4);
        assertThat(shown.kept()).isEqualTo(4);
        assertThat(shown.budgetMb()).isEqualTo(300);
        assertThat(shown.copies()).isZero();
        assertThat(model.usage(shown)).isEqualTo("Chưa có bản sao lưu tự động nào.");
    }

    @Test
    void sizesReadInMegabytesOrGigabytes() {
        assertThat(BackupSettingsViewModel.size(350L << 20)).isEqualTo("350 MB");
        assertThat(BackupSettingsViewModel.size(1229L << 20)).isEqualTo("1,2 GB");
    }
}
