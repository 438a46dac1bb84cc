package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.ui.Theme;
import vn.dxoutreach.ui.shell.MainWindow;

/** Drives the real window: first run on an empty data folder, set up the office, restart. */
class SetupFlowTest {

    @TempDir
    Path folder;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Store store;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
    }

    /** The field of the first filled row (the table also draws cells for its empty rows). */
    private javafx.scene.control.TextField childField(String styleClass) {
        return robot.lookup(styleClass).queryAllAs(javafx.scene.control.TextField.class).stream()
                .filter(f -> f.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell && !cell.isEmpty())
                .findFirst().orElse(null);
    }

    @Test
    void settingUpTheOfficeShowsTheNavigationAndSurvivesARestart() throws Exception {
        openWindow();
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-units").tryQuery()).isEmpty();

        fillOffice();
        // the form is filled and its buttons fired through the scene: robot clicks on a scrolled form
        // land where its layout was a moment ago, and typed text depends on the machine's keyboard
        robot.interact(() -> robot.lookup("#welcome-add-child").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> childField(".child-code") != null);
        robot.interact(() -> {
            childField(".child-code").setText("12001-T1");
            childField(".child-name").setText("Thôn Đông");
        });
        robot.interact(() -> robot.lookup("#welcome-save").queryButton().fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-units").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        robot.clickOn("#nav-units");
        assertThat(unitNames()).contains("Xã An Hòa", "Thôn Đông");

        robot.interact(() -> stage.close());
        store.close();
        openWindow();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-units").tryQuery()).isPresent();
    }

    @Test
    void addingARowPutsTheCursorInItsCode() throws Exception {
        openWindow();
        robot.interact(() -> robot.lookup("#welcome-add-child").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> childField(".child-code") != null
                && childField(".child-code").isFocused());
    }

    @Test
    void theWelcomeOffersTheTwoLevelSchemeOfTodayFirst() throws Exception {
        openWindow();
        ComboBox<?> scheme = robot.lookup("#welcome-scheme").queryAs(ComboBox.class);
        assertThat(scheme.getItems().get(0)).isEqualTo(true);
        assertThat(scheme.getValue()).isEqualTo(true);
        assertThat(robot.lookup("#welcome-office-level").queryAs(ComboBox.class).getValue()).isEqualTo(2);
        assertThat(robot.lookup("#welcome-sample-province").queryAs(RadioButton.class).isSelected()).isTrue();
    }

    @Test
    void theHeadingAndTheNameGoToTheProfileAndTheStartChecklistLeadsToItsScreens() throws Exception {
        openWindow();
        fillOffice();
        robot.interact(() -> {
            robot.lookup("#welcome-issuing-body").queryTextInputControl().setText("PHÒNG VĂN HÓA - XÃ HỘI");
            robot.lookup("#welcome-place").queryTextInputControl().setText("An Hòa");
        });
        // left blank, the governing body follows the unit's name: the prompt says what will be printed
        assertThat(robot.lookup("#welcome-parent-body").queryTextInputControl().getPromptText())
                .isEqualTo("UBND XÃ AN HÒA");
        robot.interact(() -> robot.lookup("#welcome-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#start-checklist").tryQuery().map(n -> n.isVisible()).orElse(false));

        assertThat(store.settings.officeProfile().parentBody()).isEqualTo("UBND XÃ AN HÒA");
        assertThat(store.settings.officeProfile().place()).isEqualTo("An Hòa");
        assertThat(store.settings.recorderName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(robot.lookup("#start-plans").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-broadcasts").tryQuery()).isPresent();
        assertThat(robot.lookup("#start-exchange").tryQuery()).isPresent();

        robot.interact(() -> robot.lookup("#start-plans").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-plans").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    private void fillOffice() {
        robot.interact(() -> {
            robot.lookup("#welcome-office-code").queryTextInputControl().setText("12001");
            robot.lookup("#welcome-office-name").queryTextInputControl().setText("Xã An Hòa");
            robot.lookup("#welcome-recorder").queryTextInputControl().setText("Nguyễn Thị Hoa");
        });
    }

    @Test
    void theSampleDataOpenInTheBackgroundAndAreMarkedAsSample() throws Exception {
        openWindow();
        robot.clickOn("#welcome-sample");
        // the province sample takes half a minute on a busy machine
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> robot.lookup("#sample-banner").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-units").tryQuery()).isPresent();
        assertThat(new Office(store).unit().orElseThrow().name()).contains("(dữ liệu mẫu)");
        // the province of today is the sample offered first
        assertThat(store.plans.findBySymbol("45/KH-UBND")).isPresent();
    }

    private void openWindow() throws Exception {
        store = Store.open(new DataFolder(folder), Clock.systemDefaultZone());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Theme.install();
            new MainWindow(stage, store).show();
        });
    }

    private List<String> unitNames() {
        TreeTableView<Unit> table = robot.lookup("#units-table").queryAs(TreeTableView.class);
        List<String> names = new ArrayList<>();
        collect(table.getRoot(), names);
        return names;
    }

    private static void collect(TreeItem<Unit> item, List<String> names) {
        if (item.getValue() != null) {
            names.add(item.getValue().name());
        }
        item.getChildren().forEach(child -> collect(child, names));
    }
}
