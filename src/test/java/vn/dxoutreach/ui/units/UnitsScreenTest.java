package vn.dxoutreach.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/** Drives the real window: Đơn vị records a new commune under the province from communes of two districts. */
class UnitsScreenTest extends WindowTest {

    private Unit province;
    private Unit communeA;
    private Unit communeB;

    @BeforeEach
    void openUnits() throws TimeoutException {
        province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
        Unit d1 = StoreFixture.unit(store, "001", "Huyện Một", 2, province);
        Unit d2 = StoreFixture.unit(store, "002", "Huyện Hai", 2, province);
        communeA = StoreFixture.unit(store, "00001", "Xã An Một", 3, d1);
        communeB = StoreFixture.unit(store, "00005", "Xã Bình Một", 3, d2);
        new Office(store).set(province);
        openWindowOn("units");
    }

    @Test
    void aCrossParentMergerIsRecordedAsTheSentenceSays() throws TimeoutException {
        TreeTableView<Unit> table = robot.lookup("#units-table").queryAs(TreeTableView.class);
        robot.interact(() -> table.getSelectionModel().select(find(table.getRoot(), communeA)));
        robot.clickOn("#units-merger");
        WaitForAsyncUtils.waitForFxEvents();
        SearchableComboBox<Unit> pick = robot.lookup("#merger-pick").queryAs(SearchableComboBox.class);
        SearchableComboBox<Unit> parent = robot.lookup("#merger-parent").queryAs(SearchableComboBox.class);
        robot.interact(() -> {
            pick.setValue(byCode(pick, "00005"));
            parent.setValue(byCode(parent, "01"));
        });
        robot.clickOn("#merger-add");
        robot.interact(() -> {
            robot.lookup("#merger-code").queryAs(TextField.class).setText("10001");
            robot.lookup("#merger-name").queryAs(TextField.class).setText("Xã Hòa Bình");
            robot.lookup("#merger-date").queryAs(TextField.class).setText("01/07/2025");
        });
        assertThat(robot.lookup("#merger-sentence").queryAs(Label.class).getText())
                .isEqualTo("Sáp nhập Xã An Một, Xã Bình Một thành Xã Hòa Bình từ ngày 01/07/2025");

        robot.clickOn(okOf(".dialog-pane"));
        // the sentence to confirm opens over the form: press its own OK, not the form's
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".confirmation").tryQuery().isPresent());
        assertThat(robot.lookup(".confirmation .content").queryLabeled().getText())
                .startsWith("Sáp nhập Xã An Một, Xã Bình Một thành Xã Hòa Bình từ ngày 01/07/2025");
        robot.clickOn(okOf(".confirmation"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> store.units.findByCode("10001").isPresent());

        Unit formed = store.units.findByCode("10001").orElseThrow();
        assertThat(formed.parentId()).isEqualTo(province.id());
        assertThat(formed.predecessors()).containsExactlyInAnyOrder(communeA.id(), communeB.id());
        assertThat(store.units.find(communeB.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    private Button okOf(String pane) {
        return robot.lookup(pane).lookup((Node n) -> n instanceof Button b && "Đồng ý".equals(b.getText()))
                .queryButton();
    }

    private static Unit byCode(SearchableComboBox<Unit> box, String code) {
        return box.getItems().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static TreeItem<Unit> find(TreeItem<Unit> item, Unit unit) {
        if (item.getValue() != null && item.getValue().id().equals(unit.id())) {
            return item;
        }
        for (TreeItem<Unit> child : item.getChildren()) {
            TreeItem<Unit> found = find(child, unit);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
