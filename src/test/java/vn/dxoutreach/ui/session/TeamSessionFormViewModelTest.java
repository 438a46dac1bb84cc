package vn.dxoutreach.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.TestOffice;

class TeamSessionFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private TeamSessionFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new TeamSessionFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.supportTopicProperty().set("VNeID");
        vm.peopleHelpedProperty().set("1.200");
    }

    @Test
    void todayIsTheFirstDateAndGroupedNumbersAreRead() {
        assertThat(vm.dateTextProperty().get()).isEqualTo("05/10/2026");
        assertThat(vm.toRecord().orElseThrow().peopleHelped()).isEqualTo(1200);
    }

    @Test
    void negativePeopleAreRefused() {
        vm.peopleHelpedProperty().set("-3");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(TeamSessionFormViewModel.PEOPLE))
                .isEqualTo("Số không được âm. Hãy nhập số từ 0 trở lên.");
    }

    @Test
    void negativeAppsAreRefused() {
        vm.appsInstalledProperty().set("-1");
        assertThat(vm.errorsProperty().get()).containsKey(TeamSessionFormViewModel.APPS);
    }

    @Test
    void zeroPeopleIsAllowed() {
        vm.peopleHelpedProperty().set("0");
        assertThat(vm.toRecord()).isPresent();
    }

    @Test
    void moreAccountsInstalledThanPeopleHelpedIsAWarningNotAnError() {
        vm.peopleHelpedProperty().set("0");
        vm.appsInstalledProperty().set("50");
        assertThat(vm.toRecord()).isPresent();
        assertThat(vm.warnings()).containsExactly(
                "Số tài khoản, ứng dụng đã cài (50) lớn hơn số lượt người dân (0).");
    }

    @Test
    void accountsUpToThePeopleHelpedRaiseNoWarning() {
        vm.appsInstalledProperty().set("1.200");
        assertThat(vm.warnings()).isEmpty();
    }
}
