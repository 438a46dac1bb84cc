package vn.dxoutreach.ui.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.TestOffice;

class MaterialFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private MaterialFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new MaterialFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.dateTextProperty().set("01/10/2026");
        vm.typeProperty().set("Tin nhắn SMS");
        vm.titleProperty().set("Hướng dẫn kích hoạt VNeID mức 2");
        vm.quantityProperty().set("3.500");
    }

    @Test
    void aValidFormBuildsTheMaterial() {
        Material material = vm.toRecord().orElseThrow();
        assertThat(material.type()).isEqualTo("Tin nhắn SMS");
        assertThat(material.quantity()).isEqualTo(3500);
    }

    @Test
    void quantityMustBeAtLeastOne() {
        vm.quantityProperty().set("0");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(MaterialFormViewModel.QUANTITY))
                .isEqualTo("Hãy nhập số từ 1 trở lên.");
    }

    @Test
    void theTypeIsKeptForTheNextRecord() {
        vm.toRecord().orElseThrow();
        vm.startNew();
        assertThat(vm.typeProperty().get()).isEqualTo("Tin nhắn SMS");
        assertThat(vm.titleProperty().get()).isEmpty();
        assertThat(vm.quantityProperty().get()).isEmpty();
    }
}
