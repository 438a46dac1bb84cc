package vn.dxoutreach.ui.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.TestOffice;

class BroadcastFormViewModelTest {

    private final TestOffice office = new TestOffice();
    private BroadcastFormViewModel vm;

    @BeforeEach
    void fillValidForm() {
        vm = new BroadcastFormViewModel(Messages.vietnamese(), office.units, TestOffice.CLOCK);
        vm.startNew();
        vm.unitIdProperty().set(office.commune.id());
        vm.dateTextProperty().set("05/10/2026");
        vm.programTitleProperty().set("Bản tin chuyển đổi số");
        vm.minutesProperty().set("15");
    }

    @Test
    void validFormBuildsTheBroadcast() {
        Broadcast b = vm.toRecord().orElseThrow();
        assertThat(b.airedOn()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(b.meta().unitId()).isEqualTo(office.commune.id());
        assertThat(b.minutes()).isEqualTo(15);
        assertThat(b.slot()).isEqualTo(Slot.MORNING);
        assertThat(vm.errorsProperty().get()).isEmpty();
    }

    @Test
    void aNewRecordCarriesTheNameOfWhoEntersRecordsAndAnEditKeepsTheFirstName() {
        vm.recorder(() -> "Nguyễn Thị Hoa");
        Broadcast entered = vm.toRecord().orElseThrow();
        assertThat(entered.recordedBy()).isEqualTo("Nguyễn Thị Hoa");

        vm.recorder(() -> "Trần Văn Nam");
        vm.edit(entered);
        assertThat(vm.toRecord().orElseThrow().recordedBy()).isEqualTo("Nguyễn Thị Hoa");
        vm.edit(entered.withRecordedBy(""));
        assertThat(vm.toRecord().orElseThrow().recordedBy()).isEqualTo("Trần Văn Nam");
    }

    @Test
    void minutesOutsideOneToSixHundredAreRefused() {
        for (String minutes : List.of("0", "601", "-5", "abc", "")) {
            vm.minutesProperty().set(minutes);
            assertThat(vm.toRecord()).as(minutes).isEmpty();
            assertThat(vm.errorsProperty().get()).as(minutes).containsKey(BroadcastFormViewModel.MINUTES);
        }
        vm.minutesProperty().set("0");
        assertThat(vm.errorsProperty().get().get(BroadcastFormViewModel.MINUTES))
                .isEqualTo("Thời lượng phải từ 1 đến 600 phút.");
    }

    @Test
    void boundaryMinutesAreAccepted() {
        vm.minutesProperty().set("1");
        assertThat(vm.toRecord()).isPresent();
        vm.minutesProperty().set("600");
        assertThat(vm.toRecord()).isPresent();
    }

    @Test
    void badDateTextIsRefusedWithAVietnameseMessage() {
        vm.dateTextProperty().set("31/02/2026");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get().get(ActivityFormViewModel.DATE)).startsWith("Ngày không hợp lệ");
        vm.dateTextProperty().set("hôm qua");
        assertThat(vm.isValid()).isFalse();
    }

    @Test
    void shortDayMonthFormIsAccepted() {
        vm.dateTextProperty().set("5/1/2026");
        assertThat(vm.toRecord().orElseThrow().airedOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void titleIsRequired() {
        vm.programTitleProperty().set("   ");
        assertThat(vm.toRecord()).isEmpty();
        assertThat(vm.errorsProperty().get()).containsKey(BroadcastFormViewModel.TITLE);
    }

    @Test
    void unitOutsideTheOfficeOrMissingIsRefused() {
        vm.unitIdProperty().set(office.elsewhere.id());
        assertThat(vm.errorsProperty().get()).containsKey(ActivityFormViewModel.UNIT);
        vm.unitIdProperty().set(null);
        assertThat(vm.toRecord()).isEmpty();
    }

    @Test
    void mergedAwayUnitIsRefusedAfterItsLastDay() {
        vm.unitIdProperty().set(office.mergedAway.id());
        assertThat(vm.isValid()).isFalse();
        vm.dateTextProperty().set("30/06/2025");
        assertThat(vm.isValid()).isTrue();
    }

    @Test
    void sameUnitDayAndTitleIsADuplicate() {
        Broadcast candidate = vm.toRecord().orElseThrow();
        Broadcast existing = new Broadcast(RecordMeta.fresh(office.commune.id(), TestOffice.NOW),
                candidate.airedOn(), Slot.EVENING, "  bản tin CHUYỂN ĐỔI số ", Production.RERUN, 10, "", "");
        Broadcast otherTitle = new Broadcast(RecordMeta.fresh(office.commune.id(), TestOffice.NOW),
                candidate.airedOn(), Slot.MORNING, "Nông sản lên sàn", Production.NEW, 15, "", "");
        assertThat(vm.isDuplicate(candidate, List.of(existing))).isTrue();
        assertThat(vm.isDuplicate(candidate, List.of(otherTitle))).isFalse();
    }

    @Test
    void editedRecordIsNotADuplicateOfItself() {
        Broadcast stored = vm.toRecord().orElseThrow();
        vm.edit(stored);
        vm.minutesProperty().set("20");
        Broadcast changed = vm.toRecord().orElseThrow();
        assertThat(changed.meta().id()).isEqualTo(stored.meta().id());
        assertThat(vm.isDuplicate(changed, List.of(stored))).isFalse();
    }

    @Test
    void nextRecordRemembersTheLastUnitAndDate() {
        Broadcast saved = vm.toRecord().orElseThrow();
        vm.remember(saved);
        vm.startNew();
        assertThat(vm.unitIdProperty().get()).isEqualTo(office.commune.id());
        assertThat(vm.dateTextProperty().get()).isEqualTo("05/10/2026");
        assertThat(vm.programTitleProperty().get()).isEmpty();
        assertThat(vm.editingProperty().get()).isNull();
    }

    @Test
    void aDateAfterTodayIsAWarningNotAnError() {
        vm.dateTextProperty().set("05/10/2027");
        assertThat(vm.toRecord()).isPresent();
        assertThat(vm.warnings()).containsExactly("Ngày 05/10/2027 còn ở phía trước (hôm nay là 05/10/2026). "
                + "Hoạt động thường được ghi sau khi đã diễn ra.");
    }

    @Test
    void todayRaisesNoWarning() {
        assertThat(vm.warnings()).isEmpty();
    }

    @Test
    void anInvalidFormHasErrorsAndNoWarnings() {
        vm.dateTextProperty().set("31/02/2027");
        assertThat(vm.warnings()).isEmpty();
    }
}
