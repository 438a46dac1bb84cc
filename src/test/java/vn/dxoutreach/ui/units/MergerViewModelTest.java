package vn.dxoutreach.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class MergerViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit province;
    private Unit district;
    private Unit a;
    private Unit b;
    private Unit other;
    private MergerViewModel merger;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, province);
        Unit district2 = StoreFixture.unit(store, "H02", "Huyện Bình Sơn", 2, province);
        a = StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
        b = StoreFixture.unit(store, "X02", "Xã An Lạc", 3, district);
        other = StoreFixture.unit(store, "X05", "Xã Sơn Hà", 3, district2);
        merger = new MergerViewModel(store, Messages.vietnamese(), store.units.tree());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void newCommune(Unit parent) {
        merger.dateProperty().set("01/07/2025");
        merger.codeProperty().set("X03");
        merger.nameProperty().set("Xã An Hòa Mới");
        merger.parentProperty().set(parent);
    }

    @Test
    void mergedUnitsEndTheDayBeforeAndTheNewUnitCarriesThem() {
        merger.choose(List.of(a, b));
        newCommune(district);
        assertThat(merger.validate().isEmpty()).isTrue();
        Unit merged = merger.save();
        assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(merged.parentId()).isEqualTo(district.id());
        assertThat(merged.level()).isEqualTo(3);
        assertThat(merged.predecessors()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(store.units.findByCode("X01").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void communesOfTwoDistrictsMergeIntoANewCommuneUnderTheProvince() {
        merger.choose(List.of(a, other));
        newCommune(province);
        assertThat(merger.validate().isEmpty()).isTrue();
        Unit merged = merger.save();
        assertThat(merged.parentId()).isEqualTo(province.id());
        assertThat(merged.level()).isEqualTo(3);
        assertThat(store.units.tree().contributors(merged.id())).contains(a.id(), other.id());
    }

    @Test
    void theSentenceNamesExactlyWhatIsMerged() {
        merger.choose(List.of(a, other));
        newCommune(province);
        assertThat(merger.sentence()).isEqualTo("Sáp nhập Xã An Bình, Xã Sơn Hà thành Xã An Hòa Mới từ ngày 01/07/2025");
    }

    @Test
    void unitsMergeIntoAnExistingUnit() {
        merger.choose(List.of(b));
        merger.intoProperty().set(a);
        merger.dateProperty().set("01/07/2025");
        assertThat(merger.validate().isEmpty()).isTrue();
        merger.save();
        assertThat(store.units.find(a.id()).orElseThrow().predecessors()).containsExactly(b.id());
        assertThat(store.units.find(b.id()).orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void aNewUnitCannotLieInsideAUnitBeingMerged() {
        merger.choose(List.of(district));
        newCommune(district);
        assertThat(merger.validate().fields()).contains(MergerViewModel.PARENT);
    }

    @Test
    void nothingIsSavedWithoutPredecessorsOrDate() {
        merger.codeProperty().set("X03");
        merger.nameProperty().set("Xã Mới");
        merger.parentProperty().set(district);
        assertThat(merger.validate().fields()).containsExactlyInAnyOrder(MergerViewModel.DATE,
                MergerViewModel.PREDECESSORS);
    }

    @Test
    void aCommuneOfAnEndedDistrictGoesUnderTheProvinceByDefault() {
        store.units.save(district.endingOn(LocalDate.of(2025, 6, 30)));
        MergerViewModel fresh = new MergerViewModel(store, Messages.vietnamese(), store.units.tree());
        fresh.startFrom(a);
        assertThat(fresh.parentProperty().get().id()).isEqualTo(province.id());
    }

    @Test
    void aUnitEndedBeforeTheMergerCannotBeMerged() {
        Unit ended = store.units.save(b.endingOn(LocalDate.of(2024, 12, 31)));
        merger.choose(List.of(a, ended));
        newCommune(province);
        assertThat(merger.validate().fields()).containsExactly(MergerViewModel.PREDECESSORS);
    }

    @Test
    void candidatesAreEveryStillExistingUnitNotYetInTheList() {
        merger.choose(List.of(a));
        assertThat(merger.candidates()).extracting(Unit::code).contains("X02", "X05", "H02").doesNotContain("X01");
    }
}
