package vn.dxoutreach.ui.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The member form: checks, saving, leaving the team, and the roster's "N tổ, M thành viên" line. */
class MemberFormViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit commune;
    private MemberFormViewModel form;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        Unit province = StoreFixture.unit(store, "P01", "Tỉnh Thử", 1, null);
        commune = StoreFixture.unit(store, "X01", "Xã An", 2, province);
        new Office(store).set(province);
        form = new MemberFormViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void fill(String name, String phone, String joined, String left) {
        form.startNew(commune.id());
        form.nameProperty().set(name);
        form.phoneProperty().set(phone);
        form.joinedOnProperty().set(joined);
        form.leftOnProperty().set(left);
    }

    @Test
    void aValidMemberIsSavedAndCountedOnTheRoster() {
        fill("Nguyễn Thị Hoa", "0912 345 678", "01/03/2023", "");

        assertThat(form.save().isEmpty()).isTrue();
        RosterViewModel roster = new RosterViewModel(store, Messages.vietnamese());
        roster.refresh();

        assertThat(roster.snapshot().members()).extracting(TeamMember::name).containsExactly("Nguyễn Thị Hoa");
        assertThat(roster.summary()).isEqualTo("Đến ngày 01/07/2024: 1 tổ, 1 thành viên đang hoạt động.");
    }

    @Test
    void aPhoneWithLettersAndALeavingDayBeforeJoiningAreRefusedAndNothingIsSaved() {
        fill("Nguyễn Thị Hoa", "09x", "01/03/2023", "28/02/2023");

        var errors = form.save();

        assertThat(errors.fields()).containsExactlyInAnyOrder(MemberFormViewModel.PHONE, MemberFormViewModel.LEFT_ON);
        assertThat(store.members.countLive()).isZero();
    }

    @Test
    void endingAMembershipSetsTodayAsTheLastDay() {
        fill("Nguyễn Thị Hoa", "", "01/03/2023", "");
        form.save();

        assertThat(form.endMembership().isEmpty()).isTrue();

        assertThat(store.members.listLive()).singleElement()
                .satisfies(m -> assertThat(m.leftOn()).isEqualTo(LocalDate.of(2024, 7, 1)));
        assertThat(store.members.countAsOf(List.of(commune.id()), LocalDate.of(2024, 7, 2)).teams()).isZero();
    }
}
