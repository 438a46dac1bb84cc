package vn.dxoutreach.ui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.TestOffice;

class OutreachEventFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private OutreachEventFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new OutreachEventFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.dateTextProperty().set("01/10/2026");
        vm.nameProperty().set("Ngày Chủ nhật số tháng 10");
        vm.typeProperty().set("Ra quân/Ngày Chủ nhật số");
        vm.participantsProperty().set("120");
    }

    @Test
    void aOneDayEventEndsOnItsStart() {
        OutreachEvent event = vm.toRecord().orElseThrow();
        assertThat(event.endsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(event.participants()).isEqualTo(120);
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        vm.endsTextProperty().set("30/09/2026");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(OutreachEventFormViewModel.ENDS))
                .isEqualTo("Ngày kết thúc không được trước ngày bắt đầu (01/10/2026).");
    }

    @Test
    void aLongerEventKeepsItsEnd() {
        vm.endsTextProperty().set("03/10/2026");
        assertThat(vm.toRecord().orElseThrow().endsOn()).isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void participantsMayBeZeroButNotNegativeOrEmpty() {
        vm.participantsProperty().set("0");
        assertThat(vm.toRecord()).isPresent();
        vm.participantsProperty().set("-1");
        assertThat(vm.errorsProperty().get().get(OutreachEventFormViewModel.PARTICIPANTS))
                .isEqualTo("Số không được âm. Hãy nhập số từ 0 trở lên.");
        vm.participantsProperty().set("");
        assertThat(vm.errorsProperty().get()).containsKey(OutreachEventFormViewModel.PARTICIPANTS);
    }

    @Test
    void aTypeIsRequired() {
        vm.typeProperty().set("");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get()).containsKey(OutreachEventFormViewModel.TYPE);
    }
}
