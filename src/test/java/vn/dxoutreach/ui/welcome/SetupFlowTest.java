package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

        robot.interact(() -> {
            robot.lookup("#welcome-office-code").queryTextInputControl().setText("H01");
            robot.lookup("#welcome-office-name").queryTextInputControl().setText("Huyện An Hòa");
        });
        // the form is filled and its buttons fired through the scene: robot clicks on a scrolled form
        // land where its layout was a moment ago, and typed text depends on the machine's keyboard
        robot.interact(() -> robot.lookup("#welcome-add-child").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> childField(".child-code") != null);
        robot.interact(() -> {
            childField(".child-code").setText("X01");
            childField(".child-name").setText("Xã An Bình");
        });
        robot.interact(() -> robot.lookup("#welcome-save").queryButton().fire());

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
    void addingARowPutsTheCursorInItsCode() throws Exception {
        openWindow();
        robot.interact(() -> robot.lookup("#welcome-add-child").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> childField(".child-code") != null
                && childField(".child-code").isFocused());
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
