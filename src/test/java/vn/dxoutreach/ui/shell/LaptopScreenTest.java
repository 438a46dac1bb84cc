package vn.dxoutreach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/**
 * The window on a commune laptop's 1366×768 screen, with the sample district: every screen's
 * primary actions are in sight without scrolling, and the keyboard works as the hints say.
 */
class LaptopScreenTest extends WindowTest {

    /** The actions a user must see on each screen, by the navigation entry's id. */
    private static final Map<String, List<String>> PRIMARY = Map.ofEntries(
            Map.entry("dashboard", List.of("#dashboard-print-plan", "#dashboard-pdf-plan", "#dashboard-png-plan",
                    "#dashboard-print-target", "#dashboard-pdf-target", "#dashboard-png-target",
                    "#dashboard-png-chart")),
            Map.entry("broadcasts", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("banners", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("sessions", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("news", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("events", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("materials", List.of("#form-save", "#form-new", "#evidence-attach")),
            Map.entry("plans", List.of("#plans-new", "#plan-save")),
            Map.entry("units", List.of("#units-add", "#unit-save")),
            Map.entry("exchange", List.of("#exchange-send", "#exchange-receive-choose")),
            Map.entry("reporting", List.of("#reporting-print")),
            Map.entry("report", List.of("#report-draft", "#report-docx", "#report-pdf", "#report-dossier")),
            Map.entry("data", List.of("#data-import", "#data-backup")),
            Map.entry("settings", List.of("#settings-save")));

    private SampleDataGenerator.Summary sample;

    @BeforeEach
    void openTheSampleOnALaptopScreen() throws TimeoutException {
        sample = new SampleDataGenerator(store).generate(SampleSize.DISTRICT, LocalDate.of(2024, 6, 30), 7);
        openWindow();
        robot.interact(() -> {
            Stage stage = (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst()
                    .orElseThrow();
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyScreensPrimaryActionsAreInSightAt1366By768() {
        List<String> outOfSight = new ArrayList<>();
        for (Screen screen : Screens.all()) {
            open(screen.id());
            for (String id : PRIMARY.get(screen.id())) {
                Node node = robot.lookup(id).query();
                if (!inSight(node)) {
                    outOfSight.add(screen.id() + " " + id + " " + node.localToScene(node.getBoundsInLocal()));
                }
            }
        }
        assertThat(outOfSight).isEmpty();
    }

    @Test
    void ctrlNRightAfterClickingTheNavigationOpensANewRecordForm() {
        open("broadcasts");
        TableView<?> table = robot.lookup("#activity-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(heading()).isEqualTo("Sửa bản ghi");

        open("dashboard");
        open("broadcasts");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(heading()).isEqualTo("Thêm bản ghi mới");
    }

    @Test
    void enterSavesATargetForm() throws TimeoutException {
        open("plans");
        TableView<Target> targets = targetTable();
        robot.interact(() -> targets.getSelectionModel().select(0));
        UUID id = targets.getItems().get(0).id();
        TextField name = robot.lookup("#target-name").queryAs(TextField.class);
        robot.interact(() -> name.setText("Chỉ tiêu sửa bằng Enter"));
        robot.clickOn(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.targets.find(id)
                .map(t -> t.name().equals("Chỉ tiêu sửa bằng Enter")).orElse(false));
    }

    @Test
    void aFreshFormAfterASaveShowsNoError() throws TimeoutException {
        open("broadcasts");
        long before = store.broadcasts.countLive();
        fillBroadcast("30/06/2024");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.broadcasts.countLive() == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
        // the cursor left "Thời lượng" for the fresh form: its emptiness is no error yet
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).noneMatch(Node::isVisible);
    }

    @Test
    void aDateAfterTodayAsksBeforeSaving() {
        open("broadcasts");
        long before = store.broadcasts.countLive();
        fillBroadcast("15/12/2024");
        Button fix = robot.lookup((Node n) -> n instanceof Button b && "Sửa lại".equals(b.getText())).queryButton();
        assertThat(robot.lookup((Node n) -> n instanceof Button b && "Lưu dù vậy".equals(b.getText()))
                .tryQuery()).isPresent();
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.broadcasts.countLive()).isEqualTo(before);
        assertThat(robot.lookup("#form-date").queryAs(TextField.class).getText()).isEqualTo("15/12/2024");
    }

    @Test
    void aBannerQuantityOfZeroIsRefused() {
        open("banners");
        long before = store.banners.countLive();
        ComboBox<UUID> unit = robot.lookup("#form-unit").queryComboBox();
        robot.interact(() -> unit.setValue(sample.communes().get(0).id()));
        robot.clickOn("#form-slogan").write("CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10");
        TextField quantity = robot.lookup("#form-quantity").queryAs(TextField.class);
        robot.interact(quantity::clear);
        robot.clickOn(quantity).write("0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-quantity").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Hãy nhập số từ 1 trở lên.");
        assertThat(store.banners.countLive()).isEqualTo(before);
    }

    private void fillBroadcast(String date) {
        ComboBox<UUID> unit = robot.lookup("#form-unit").queryComboBox();
        robot.interact(() -> unit.setValue(sample.communes().get(0).id()));
        TextField day = robot.lookup("#form-date").queryAs(TextField.class);
        robot.interact(() -> day.setText(date));
        robot.clickOn("#form-programTitle").write("Bản tin kiểm thử màn hình");
        robot.clickOn("#form-minutes").write("15").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(String screen) {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String heading() {
        return robot.lookup("#form-heading").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Target> targetTable() {
        return (TableView<Target>) robot.lookup((Node n) -> n instanceof TableView<?> t
                && t.getItems().stream().anyMatch(Target.class::isInstance)).query();
    }

    /** Shown, inside the window, and inside every scrolling pane around it (not scrolled away). */
    private static boolean inSight(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (bounds.getMinX() < 0 || bounds.getMinY() < 0 || bounds.getMaxX() > node.getScene().getWidth()
                || bounds.getMaxY() > node.getScene().getHeight()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
            if (n instanceof ScrollPane && n != node) {
                Bounds viewport = n.localToScene(n.getBoundsInLocal());
                if (!viewport.contains(bounds)) {
                    return false;
                }
            }
        }
        return true;
    }
}
