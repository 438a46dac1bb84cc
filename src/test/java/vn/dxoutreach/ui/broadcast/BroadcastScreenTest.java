package vn.dxoutreach.ui.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/** Drives the real window: a broadcast typed into the form is stored, listed and still there after a restart. */
class BroadcastScreenTest extends WindowTest {

    private static final String TITLE = "Ban tin chuyen doi so";

    private Unit commune;

    @BeforeEach
    void openOfficeWithACommune() throws TimeoutException {
        Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
        commune = StoreFixture.unit(store, "X01", "Xã B", 3, district);
        new Office(store).set(district);
        openWindowOn("broadcasts");
    }

    private TableView<Broadcast> table() {
        return robot.lookup("#activity-table").queryTableView();
    }

    private void fillForm(String minutes) {
        ComboBox<java.util.UUID> unit = robot.lookup("#form-unit").queryComboBox();
        robot.interact(() -> unit.setValue(commune.id()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#form-programTitle").write(TITLE);
        robot.clickOn("#form-minutes").write(minutes);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForRow() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table().getItems().stream().anyMatch(b -> b.programTitle().equals(TITLE)));
    }

    @Test
    void savedBroadcastShowsInTheTableAndSurvivesARestart() throws TimeoutException {
        fillForm("15");
        waitForRow();
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
        assertThat(table().getItems().get(0).minutes()).isEqualTo(15);

        restart("broadcasts");
        waitForRow();
        assertThat(table().getItems()).hasSize(1);
    }

    @Test
    void zeroMinutesShowsTheErrorAndSavesNothing() {
        fillForm("0");
        Label error = robot.lookup("#error-minutes").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Thời lượng phải từ 1 đến 600 phút.");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.broadcasts.countLive()).isZero();
        assertThat(table().getItems()).isEmpty();
    }

    @Test
    void impossibleDateStaysAsTypedAndIsRefused() {
        TextField date = robot.lookup("#form-date").queryAs(TextField.class);
        robot.interact(() -> date.clear());
        robot.clickOn(date).write("31/02/2024");
        fillForm("15");
        assertThat(date.getText()).isEqualTo("31/02/2024");
        assertThat(robot.lookup("#error-date").queryAs(Label.class).isVisible()).isTrue();
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void deletedBroadcastComesBackWithUndo() throws TimeoutException {
        fillForm("15");
        waitForRow();
        robot.interact(() -> table().getSelectionModel().select(0));
        robot.clickOn("#form-delete");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        assertThat(store.broadcasts.countLive()).isZero();

        assertThat(robot.lookup("#form-undo").queryButton().getTooltip().getText())
                .startsWith("Hoàn tác: xóa phát thanh");
        robot.clickOn("#form-undo");
        waitForRow();
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
    }

    @Test
    void ctrlZWhileTypingUndoesTheTypingAndKeepsSavedRecords() throws TimeoutException {
        fillForm("15");
        waitForRow();
        TextField title = robot.lookup("#form-programTitle").queryAs(TextField.class);
        robot.clickOn(title).write("Ban tin");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(store.broadcasts.countLive()).isEqualTo(1);
        assertThat(title.getText()).isNotEqualTo("Ban tin");
        assertThat(table().getItems()).hasSize(1);
    }

    @Test
    void recordUndoAndRedoNameTheRecordTheyTakeBackAndDoAgain() throws TimeoutException {
        String day = robot.lookup("#form-date").queryAs(TextField.class).getText();
        fillForm("15");
        waitForRow();
        String record = "thêm phát thanh " + day + " – Xã B";
        assertThat(robot.lookup("#form-undo").queryButton().getTooltip().getText()).isEqualTo("Hoàn tác: " + record);

        robot.clickOn("#form-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        assertThat(store.broadcasts.countLive()).isZero();
        assertThat(robot.lookup("#form-redo").queryButton().getTooltip().getText()).isEqualTo("Làm lại: " + record);

        robot.clickOn("#form-redo");
        waitForRow();
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
    }
}
