package vn.dxoutreach.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.WindowTest;

/**
 * Drives the real window: a commune office types a news item on its portal with the keyboard alone
 * and Tổng quan counts it against the weekly portal target; a link that is no web address is refused.
 */
class NewsScreenTest extends WindowTest {

    private static final String PORTAL = "Cổng/Trang thông tin điện tử";
    private static final String TITLE = "Xa B ra mat to cong nghe so";

    @BeforeEach
    void openCommuneOfficeWithAWeeklyPortalTarget() throws TimeoutException {
        Unit commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
        new Office(store).set(commune);
        Plan plan = store.plans.save(new Plan(RecordMeta.fresh(commune.id(), StoreFixture.NOW), "15/KH-UBND",
                "Kế hoạch chuyển đổi số", "UBND xã", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        store.targets.save(new Target(RecordMeta.fresh(commune.id(), StoreFixture.NOW), plan.id(), "CT01",
                "Cổng TTĐT ≥ 1 tin bài/tuần", ActivityKind.NEWS, TargetFilter.ofChoice(null, PORTAL), Measure.COUNT,
                Cadence.WEEK, 1, Scope.WHOLE, null, null, null));
        openWindowOn("news");
    }

    private void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewsItemTypedWithTheKeyboardIsCountedOnTongQuan() throws TimeoutException {
        shortcut(KeyCode.N);
        robot.write(TITLE);
        robot.type(KeyCode.TAB);
        // the channel picker takes a letter: F picks Facebook, C the portal again
        robot.write("f");
        ComboBox<String> channel = robot.lookup("#form-channel").queryComboBox();
        assertThat(channel.getValue()).isEqualTo("Facebook");
        robot.write("c");
        robot.type(KeyCode.TAB);
        robot.write("https://xab.gov.vn/tin-bai/1");
        robot.type(KeyCode.TAB);
        robot.write("350");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> store.news.countLive() == 1);

        NewsItem saved = store.news.listLive().get(0);
        assertThat(saved.channel()).isEqualTo(PORTAL);
        assertThat(saved.link()).isEqualTo("https://xab.gov.vn/tin-bai/1");
        assertThat(saved.views()).isEqualTo(350);
        TableView<NewsItem> table = robot.lookup("#activity-table").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> portalTargetTotal() == 1);
    }

    @Test
    void aLinkThatIsNoWebAddressIsRefusedAndNothingIsSaved() {
        robot.clickOn("#form-title").write(TITLE);
        robot.clickOn("#form-link").write("xab.gov.vn/tin-bai/1");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#error-link").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Đường dẫn không hợp lệ.");
        assertThat(robot.lookup("#form-status").queryAs(Label.class).getText())
                .isEqualTo("Chưa lưu: hãy sửa các ô báo lỗi màu đỏ.");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.news.countLive()).isZero();
    }

    /** The portal target's recorded total, read on the FX thread: -1 while Tổng quan has none. */
    private long portalTargetTotal() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                TableView<TargetProgress> targets = robot.lookup("#dashboard-targets").queryTableView();
                return targets == null || targets.getItems().isEmpty() ? -1L
                        : targets.getItems().get(0).units().stream().mapToLong(UnitProgress::total).sum();
            }).get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | InterruptedException | TimeoutException
                | RuntimeException e) {
            return -1;
        }
    }
}
