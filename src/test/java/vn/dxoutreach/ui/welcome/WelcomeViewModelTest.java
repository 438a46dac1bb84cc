package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

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
    void savesLevelsOfficeAndChildrenTogether() {
        model.useTwoLevelScheme(true);
        model.officeCodeProperty().set("X01");
        model.officeNameProperty().set("Xã Bình Minh");
        model.children().add(new ChildUnitRow("X01-T1", "Thôn 1"));
        model.children().add(new ChildUnitRow("", ""));
        assertThat(model.save().isEmpty()).isTrue();
        Unit office = new Office(store).unit().orElseThrow();
        assertThat(office.code()).isEqualTo("X01");
        assertThat(office.level()).isEqualTo(2);
        assertThat(store.levels.list()).extracting(LevelName::name).containsExactly("Tỉnh", "Xã", "Thôn");
        assertThat(store.units.tree().children(office.id())).extracting(Unit::name).containsExactly("Thôn 1");
        assertThat(store.slogans.ordered()).hasSize(2);
    }

    @Test
    void invalidFormSavesNothing() {
        model.officeNameProperty().set("Huyện An Hòa");
        model.children().add(new ChildUnitRow("X01", ""));
        assertThat(model.save().fields()).containsExactly(WelcomeViewModel.OFFICE_CODE, WelcomeViewModel.CHILDREN);
        assertThat(store.units.countLive()).isZero();
        assertThat(store.levels.list()).isEmpty();
        assertThat(new Office(store).unit()).isEmpty();
    }

    @Test
    void childCodesMustDifferFromEachOtherAndTheOffice() {
        model.officeCodeProperty().set("H01");
        model.officeNameProperty().set("Huyện An Hòa");
        model.children().add(new ChildUnitRow("H01", "Xã A"));
        assertThat(model.validate().message(WelcomeViewModel.CHILDREN)).hasValueSatisfying(
                m -> assertThat(m).contains("H01"));
    }

    @Test
    void theLowestLevelHasNoChildren() {
        model.officeCodeProperty().set("T1");
        model.officeNameProperty().set("Thôn 1");
        model.officeLevelProperty().set(4);
        model.children().add(new ChildUnitRow("T1-A", "Tổ A"));
        assertThat(model.validate().fields()).containsExactly(WelcomeViewModel.CHILDREN);
    }
}
