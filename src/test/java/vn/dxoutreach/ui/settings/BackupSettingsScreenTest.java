package vn.dxoutreach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.store.AutomaticBackup;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/**
 * Drives the real window: Cài đặt's size budget for the automatic backups is typed with the keyboard,
 * stored and used by the next backup; a value that is no sensible size is refused with the reason.
 */
class BackupSettingsScreenTest extends WindowTest {

    @BeforeEach
    void openSettings() throws TimeoutException {
        new Office(store).set(StoreFixture.unit(store, "X01", "Xã B", 3, null));
        openWindowOn("settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !budget().getText().isEmpty());
    }

    private TextField budget() {
        return robot.lookup("#settings-backup-budget").queryAs(TextField.class);
    }

    private Label error() {
        return robot.lookup("#settings-backup-budget-error").queryAs(Label.class);
    }

    private void typeBudget(String text) {
        // the keyboard alone: the section lies below the fold of the scrolling page
        robot.interact(() -> budget().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBudgetTypedAndEnteredIsStoredAndUsedByTheNextBackup() throws TimeoutException {
        assertThat(budget().getText()).isEqualTo("1");

        typeBudget("2,5");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.settings.get(AutomaticBackup.BUDGET_SETTING).isPresent());
        assertThat(AutomaticBackup.budgetBytes(store)).isEqualTo(2560L << 20);
        assertThat(error().getText()).isEmpty();
    }

    @Test
    void aBudgetThatIsNoSensibleSizeIsRefusedAndNothingChanges() {
        typeBudget("0,05");
        assertThat(error().getText()).isEqualTo(
                "Hãy nhập dung lượng là một số từ 100 MB đến 1.024 GB, ví dụ 1 GB hoặc 500 MB. Chưa lưu thay đổi nào.");

        typeBudget("nhieu");

        assertThat(error().isVisible()).isTrue();
        assertThat(error().getText()).startsWith("Hãy nhập dung lượng");
        assertThat(store.settings.get(AutomaticBackup.BUDGET_SETTING)).isEmpty();
        assertThat(AutomaticBackup.budgetBytes(store)).isEqualTo(AutomaticBackup.DEFAULT_BUDGET_MB << 20);
    }

    @Test
    void theDaysBackupWrittenWhileTheScreenIsOpenIsCountedAtOnce() throws TimeoutException {
        Label usage = robot.lookup("#settings-backup-usage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> usage.getText().equals("Chưa có bản sao lưu tự động nào."));
        vn.dxoutreach.ui.ScreenTests.closeWindows();
        vn.dxoutreach.ui.DailyBackup backup = vn.dxoutreach.ui.DailyBackup.of(store);
        org.testfx.api.FxToolkit.setupStage(stage -> new vn.dxoutreach.ui.shell.MainWindow(stage, store)
                .dailyBackup(backup).show());
        show("settings");
        Label shown = robot.lookup("#settings-backup-usage").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.getText().startsWith("Chưa có"));

        robot.interact(backup::start);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.getText().startsWith("Hiện có 1 bản sao lưu tự động"));
    }
}
