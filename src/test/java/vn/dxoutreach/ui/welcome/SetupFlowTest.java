package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ScrollPane;
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

    @Test
    void settingUpTheOfficeShowsTheNavigationAndSurvivesARestart() throws Exception {
        openWindow();
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-units").tryQuery()).isEmpty();

        robot.clickOn("#welcome-office-code").write("H01");
        robot.clickOn("#welcome-office-name").write("Huyện An Hòa");
        robot.interact(() -> robot.lookup("#welcome").queryAs(ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-add-child");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".child-code").tryQuery().isPresent());
        robot.clickOn(".child-code").write("X01");
        robot.clickOn(".child-name").write("Xã An Bình");
        robot.clickOn("#welcome-save");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-units").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        robot.clickOn("#nav-units");
        assertThat(unitNames()).contains("Huyện An Hòa", "Xã An Bình");

        robot.interact(() -> stage.close());
        store.close();
        openWindow();
        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-units").tryQuery()).isPresent();
    }

    @Test
    void theSampleDataOpenInTheBackgroundAndAreMarkedAsSample() throws Exception {
        openWindow();
        robot.clickOn("#welcome-sample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#sample-banner").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-units").tryQuery()).isPresent();
        assertThat(new Office(store).unit().orElseThrow().name()).contains("(dữ liệu mẫu)");
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
