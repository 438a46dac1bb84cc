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
    private Unit district;
    private Unit a;
    private Unit b;
    private MergerViewModel merger;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        a = StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
        b = StoreFixture.unit(store, "X02", "Xã An Lạc", 3, district);
        merger = new MergerViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mergedUnitsEndTheDayBeforeAndTheNewUnitCarriesThem() {
        merger.choose(List.of(a, b));
        merger.dateProperty().set("01/07/2025");
        merger.codeProperty().set("X03");
        merger.nameProperty().set("Xã An Hòa Mới");
        assertThat(merger.save().isEmpty()).isTrue();
        Unit merged = store.units.findByCode("X03").orElseThrow();
        assertThat(merged.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(merged.parentId()).isEqualTo(district.id());
        assertThat(merged.level()).isEqualTo(3);
        assertThat(merged.predecessors()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(store.units.findByCode("X01").orElseThrow().validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(store.units.tree().contributors(merged.id())).contains(a.id(), b.id());
    }

    @Test
    void nothingIsSavedWithoutPredecessorsOrDate() {
        merger.codeProperty().set("X03");
        merger.nameProperty().set("Xã Mới");
        assertThat(merger.save().fields()).containsExactlyInAnyOrder(MergerViewModel.DATE,
                MergerViewModel.PREDECESSORS);
        assertThat(store.units.findByCode("X03")).isEmpty();
    }

    @Test
    void candidatesAreTheStillExistingUnitsBesideTheChosenOne() {
        assertThat(MergerViewModel.candidates(store.units.tree(), a)).extracting(Unit::code)
                .containsExactly("X01", "X02");
    }
}
