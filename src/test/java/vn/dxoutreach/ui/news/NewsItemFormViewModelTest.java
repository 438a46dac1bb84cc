package vn.dxoutreach.ui.news;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.TestOffice;

class NewsItemFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private NewsItemFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new NewsItemFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.dateTextProperty().set("01/10/2026");
        vm.titleProperty().set("Xã B ra mắt Tổ công nghệ số cộng đồng");
    }

    @Test
    void aNewItemGoesOnThePortalWithNoLinkAndViewsNotKnown() {
        NewsItem item = vm.toRecord().orElseThrow();
        assertThat(item.channel()).isEqualTo("Cổng/Trang thông tin điện tử");
        assertThat(item.link()).isEmpty();
        assertThat(item.views()).isNull();
    }

    @Test
    void aLinkThatIsNotAWebAddressIsRefusedInVietnamese() {
        vm.linkProperty().set("xab.gov.vn/tin-bai");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(NewsItemFormViewModel.LINK))
                .startsWith("Đường dẫn không hợp lệ. Hãy nhập địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://");
    }

    @Test
    void linkAndViewsAreKeptAsTyped() {
        vm.linkProperty().set(" https://xab.gov.vn/tin-bai/12 ");
        vm.viewsProperty().set("1.250");
        NewsItem item = vm.toRecord().orElseThrow();
        assertThat(item.link()).isEqualTo("https://xab.gov.vn/tin-bai/12");
        assertThat(item.views()).isEqualTo(1250);
    }

    @Test
    void negativeViewsAreRefused() {
        vm.viewsProperty().set("-3");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get()).containsKey(NewsItemFormViewModel.VIEWS);
    }

    @Test
    void aChannelIsRequired() {
        vm.channelProperty().set("");
        assertThat(vm.errorsProperty().get().get(NewsItemFormViewModel.CHANNEL))
                .isEqualTo("Hãy chọn một giá trị trong danh sách.");
    }

    @Test
    void theSameTitleOnAnotherChannelIsNotADuplicate() {
        NewsItem portal = vm.toRecord().orElseThrow();
        vm.channelProperty().set("Zalo");
        NewsItem zalo = vm.toRecord().orElseThrow();
        assertThat(vm.isDuplicate(zalo, java.util.List.of(portal))).isFalse();
        assertThat(vm.isDuplicate(zalo, java.util.List.of(zalo.withMeta(portal.meta())))).isTrue();
    }

    @Test
    void aStoredItemShowsAsStoredAndViewsNotKnownStayEmpty() {
        vm.linkProperty().set("https://xab.gov.vn/a");
        NewsItem item = vm.toRecord().orElseThrow();
        vm.startNew();
        vm.edit(item);
        assertThat(vm.linkProperty().get()).isEqualTo("https://xab.gov.vn/a");
        assertThat(vm.viewsProperty().get()).isEmpty();
        assertThat(vm.titleProperty().get()).isEqualTo(item.title());
    }
}
