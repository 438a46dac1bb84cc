package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.dashboard.StartChecklistViewModel;

class WelcomeViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private WelcomeViewModel model;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        model = new WelcomeViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theTwoLevelSchemeOfTodayIsTheDefaultWithTheOfficeACommune() {
        assertThat(model.levelNames()).containsExactly("Tỉnh", "Xã", "Thôn - Tổ dân phố");
        assertThat(model.officeLevelProperty().get()).isEqualTo(2);
        assertThat(model.levelNames().get(model.officeLevelProperty().get() - 1)).isEqualTo("Xã");
    }

    @Test
    void theFourLevelSchemeKeepsTheOfficeOnTheCommuneLevel() {
        model.useTwoLevelScheme(false);
        assertThat(model.levelNames()).containsExactly("Tỉnh", "Huyện", "Xã", "Thôn");
        assertThat(model.levelNames().get(model.officeLevelProperty().get() - 1)).isEqualTo("Xã");
    }

    @Test
    void savesTheDocumentHeadingAndTheNameOfThePersonEnteringData() {
        model.officeCodeProperty().set("12001");
        model.officeNameProperty().set("Xã An Hòa");
        model.parentBodyProperty().set("UBND XÃ AN HÒA");
        model.issuingBodyProperty().set("PHÒNG VĂN HÓA - XÃ HỘI");
        model.placeProperty().set("An Hòa");
        model.recorderProperty().set("Nguyễn Thị Hoa");
        assertThat(model.save().isEmpty()).isTrue();
        OfficeProfile profile = store.settings.officeProfile();
        assertThat(profile.parentBody()).isEqualTo("UBND XÃ AN HÒA");
        assertThat(profile.issuingBody()).isEqualTo("PHÒNG VĂN HÓA - XÃ HỘI");
        assertThat(profile.place()).isEqualTo("An Hòa");
        assertThat(store.settings.recorderName()).isEqualTo("Nguyễn Thị Hoa");
    }

    @Test
    void aBlankHeadingFollowsTheUnitsNameAndLevel() {
        model.officeCodeProperty().set("12001");
        model.officeNameProperty().set("Xã An Hòa");
        model.recorderProperty().set("Nguyễn Thị Hoa");
        assertThat(model.parentBodyPrompt().get()).isEqualTo("UBND XÃ AN HÒA");
        assertThat(model.save().isEmpty()).isTrue();
        OfficeProfile profile = store.settings.officeProfile();
        assertThat(profile.parentBody()).isEqualTo("UBND XÃ AN HÒA");
        assertThat(profile.issuingBody()).isEqualTo("PHÒNG VĂN HÓA - XÃ HỘI");
        assertThat(profile.place()).isEqualTo("An Hòa");
    }

    @Test
    void aProvinceOfficeIsHeadedByItsDepartment() {
        model.officeNameProperty().set("Tỉnh Bình An");
        model.officeLevelProperty().set(1);
        assertThat(model.parentBodyPrompt().get()).isEqualTo("UBND TỈNH BÌNH AN");
        assertThat(model.issuingBodyPrompt().get()).isEqualTo("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
        assertThat(model.placePrompt().get()).isEqualTo("Bình An");
    }

    @Test
    void thePersonEnteringDataMustBeNamed() {
        model.officeCodeProperty().set("12001");
        model.officeNameProperty().set("Xã An Hòa");
        assertThat(model.save().fields()).containsExactly(WelcomeViewModel.RECORDER);
        assertThat(new Office(store).unit()).isEmpty();
    }

    @Test
    void settingUpOpensTheStartChecklist() {
        model.officeCodeProperty().set("12001");
        model.officeNameProperty().set("Xã An Hòa");
        model.recorderProperty().set("Nguyễn Thị Hoa");
        model.save();
        assertThat(new StartChecklistViewModel(store).read().shown()).isTrue();
    }

    @Test
    void theSamplesAreDescribedWithTheCountsTheyMake() {
        var province = SampleDataGenerator.provinceShape();
        assertThat(model.sampleHint(WelcomeViewModel.Sample.PROVINCE))
                .contains(province.newCommunes() + " xã mới", province.communes() + " xã của "
                        + province.districts() + " huyện cũ");
        var district = SampleDataGenerator.districtShape();
        assertThat(model.sampleHint(WelcomeViewModel.Sample.DISTRICT))
                .contains(district.communes() + " xã", district.newCommunes() + " xã mới", "30/6/2025");
    }

    @Test
    void savesLevelsOfficeAndChildrenTogether() {
        model.useTwoLevelScheme(true);
        model.officeCodeProperty().set("X01");
        model.officeNameProperty().set("Xã Bình Minh");
        model.recorderProperty().set("Lê Thị Mai");
        model.children().add(new ChildUnitRow("X01-T1", "Thôn 1"));
        model.children().add(new ChildUnitRow("", ""));
        assertThat(model.save().isEmpty()).isTrue();
        Unit office = new Office(store).unit().orElseThrow();
        assertThat(office.code()).isEqualTo("X01");
        assertThat(office.level()).isEqualTo(2);
        assertThat(store.levels.list()).extracting(LevelName::name).containsExactly("Tỉnh", "Xã", "Thôn - Tổ dân phố");
        assertThat(store.units.tree().children(office.id())).extracting(Unit::name).containsExactly("Thôn 1");
        assertThat(store.slogans.ordered()).hasSize(2);
    }

    @Test
    void invalidFormSavesNothing() {
        model.officeNameProperty().set("Xã An Hòa");
        model.children().add(new ChildUnitRow("X01", ""));
        assertThat(model.save().fields()).containsExactly(WelcomeViewModel.OFFICE_CODE, WelcomeViewModel.RECORDER,
                WelcomeViewModel.CHILDREN);
        assertThat(store.units.countLive()).isZero();
        assertThat(store.levels.list()).isEmpty();
        assertThat(new Office(store).unit()).isEmpty();
    }

    @Test
    void childCodesMustDifferFromEachOtherAndTheOffice() {
        model.officeCodeProperty().set("12001");
        model.officeNameProperty().set("Xã An Hòa");
        model.children().add(new ChildUnitRow("12001", "Thôn A"));
        assertThat(model.validate().message(WelcomeViewModel.CHILDREN)).hasValueSatisfying(
                m -> assertThat(m).contains("12001"));
    }

    @Test
    void theLowestLevelHasNoChildren() {
        model.officeCodeProperty().set("T1");
        model.officeNameProperty().set("Thôn 1");
        model.officeLevelProperty().set(3);
        model.recorderProperty().set("Lê Thị Mai");
        model.children().add(new ChildUnitRow("T1-A", "Tổ A"));
        assertThat(model.validate().fields()).containsExactly(WelcomeViewModel.CHILDREN);
    }
}
