package vn.dxoutreach.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

class UnitFormViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit district;
    private UnitFormViewModel form;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
        form = new UnitFormViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void codeAndNameAreRequired() {
        form.startChild(district);
        FieldErrors errors = form.save();
        assertThat(errors.fields()).containsExactly(UnitFormViewModel.CODE, UnitFormViewModel.NAME);
        assertThat(store.units.countLive()).isEqualTo(2);
    }

    @Test
    void aNewChildOfAProvinceWhoseDistrictsEndedIsOnTheCommunesLevel() {
        // the fixture's clock is in 2024: the district ended before it, the commune formed after it exists
        Unit province = StoreFixture.unit(store, "T01", "Tỉnh Bình An", 1, null);
        Unit old = StoreFixture.unit(store, "H02", "Huyện Bình Sơn", 2, province, null, LocalDate.of(2024, 6, 30),
                java.util.List.of());
        StoreFixture.unit(store, "X20", "Xã Bình Sơn", 3, province, LocalDate.of(2024, 7, 1), null,
                java.util.List.of(old.id()));
        form.startChild(province);
        assertThat(form.level()).isEqualTo(3);
    }

    @Test
    void aNewChildOfAUnitWithoutChildrenIsOneLevelBelow() {
        Unit province = StoreFixture.unit(store, "T01", "Tỉnh Bình An", 1, null);
        form.startChild(province);
        assertThat(form.level()).isEqualTo(2);
    }

    @Test
    void codeMustBeUnique() {
        form.startChild(district);
        form.codeProperty().set("X01");
        form.nameProperty().set("Xã Trùng");
        assertThat(form.validate().message(UnitFormViewModel.CODE)).hasValueSatisfying(
                m -> assertThat(m).contains("X01").contains("đã được dùng"));
    }

    @Test
    void editingKeepsItsOwnCode() {
        form.startEdit(store.units.findByCode("X01").orElseThrow());
        form.nameProperty().set("Xã An Bình Mới");
        assertThat(form.save().isEmpty()).isTrue();
        assertThat(store.units.findByCode("X01").orElseThrow().name()).isEqualTo("Xã An Bình Mới");
    }

    @Test
    void datesMustBeDayMonthYearAndInOrder() {
        form.startChild(district);
        form.codeProperty().set("X02");
        form.nameProperty().set("Xã Bình Minh");
        form.validFromProperty().set("2025-13-01");
        assertThat(form.validate().fields()).containsExactly(UnitFormViewModel.VALID_FROM);
        form.validFromProperty().set("01/07/2025");
        form.validToProperty().set("30/06/2025");
        assertThat(form.validate().message(UnitFormViewModel.VALID_TO)).hasValueSatisfying(
                m -> assertThat(m).contains("không được trước"));
    }

    @Test
    void aValidChildIsSavedOneLevelBelowItsParent() {
        form.startChild(district);
        form.codeProperty().set(" X02 ");
        form.nameProperty().set("Xã Bình Minh");
        form.validFromProperty().set("1/7/2025");
        assertThat(form.save().isEmpty()).isTrue();
        Unit saved = store.units.findByCode("X02").orElseThrow();
        assertThat(saved.level()).isEqualTo(3);
        assertThat(saved.parentId()).isEqualTo(district.id());
        assertThat(saved.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }
}
