package vn.dxoutreach.ui.banner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.TestOffice;

class BannerFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private BannerFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new BannerFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.dateTextProperty().set("01/10/2026");
        vm.sloganProperty().set("CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10");
        vm.quantityProperty().set("2");
    }

    @Test
    void removalBeforeHangingIsRefused() {
        vm.removedTextProperty().set("30/09/2026");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(BannerFormViewModel.REMOVED))
                .isEqualTo("Ngày tháo không được trước ngày treo (01/10/2026).");
    }

    @Test
    void removalOnOrAfterHangingIsAccepted() {
        vm.removedTextProperty().set("01/10/2026");
        assertThat(vm.toRecord().orElseThrow().removedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        vm.removedTextProperty().set("");
        assertThat(vm.toRecord().orElseThrow().removedOn()).isNull();
    }

    @Test
    void negativeQuantityIsRefused() {
        vm.quantityProperty().set("-1");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get()).containsKey(BannerFormViewModel.QUANTITY);
    }

    @Test
    void sloganIsRequired() {
        vm.sloganProperty().set("");
        assertThat(vm.errorsProperty().get()).containsKey(BannerFormViewModel.SLOGAN);
    }

    @Test
    void zeroQuantityIsRefused() {
        vm.quantityProperty().set("0");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(BannerFormViewModel.QUANTITY))
                .isEqualTo("Hãy nhập số từ 1 trở lên.");
    }
}
