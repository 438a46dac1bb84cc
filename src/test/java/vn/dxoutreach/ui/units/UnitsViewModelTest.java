package vn.dxoutreach.ui.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class UnitsViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit district;
    private Unit commune;
    private UnitsViewModel model;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        store.levels.replaceAll(List.of(new LevelName(1, "Tỉnh"), new LevelName(2, "Huyện"), new LevelName(3, "Xã")));
        district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        commune = StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
        new Office(store).set(district);
        model = new UnitsViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theOfficeUnitCannotBeDeleted() {
        assertThat(model.deleteProblem(district)).isPresent();
    }

    @Test
    void aUnitWithLiveChildrenCannotBeDeleted() {
        Unit village = StoreFixture.unit(store, "X01-T1", "Thôn 1", 4, commune);
        model.refresh();
        assertThat(model.deleteProblem(commune)).hasValueSatisfying(m -> assertThat(m).contains("1 đơn vị cấp dưới"));
        store.units.delete(village.id());
        model.refresh();
        assertThat(model.deleteProblem(commune)).isEmpty();
    }

    @Test
    void aUnitWithRecordsCannotBeDeleted() {
        store.broadcasts.save(new Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW), LocalDate.of(2024, 7, 1),
                Slot.MORNING, "Chuyên mục", Production.NEW, 15, "", ""));
        assertThat(model.deleteProblem(commune)).hasValueSatisfying(m -> assertThat(m).contains("1 bản ghi"));
    }

    @Test
    void aLeafWithoutRecordsIsTombstoned() {
        assertThat(model.deleteProblem(commune)).isEmpty();
        model.delete(commune);
        assertThat(store.units.find(commune.id()).orElseThrow().meta().deleted()).isTrue();
        assertThat(model.tree().get(commune.id())).isEmpty();
    }

    @Test
    void levelNamesMustCoverTheDeepestLevelInUse() {
        assertThat(model.saveLevels("Tỉnh / Huyện").message(UnitsViewModel.LEVELS)).isPresent();
        assertThat(model.saveLevels("Tỉnh / Huyện / Xã / Thôn").isEmpty()).isTrue();
        assertThat(model.levelName(4)).isEqualTo("Thôn");
    }

    @Test
    void mergedFromNamesComeFromTheLoadedUnitsNotFromTheStorePerCell() {
        Unit merged = StoreFixture.unit(store, "X09", "Xã Cũ", 3, district, null, LocalDate.of(2025, 6, 30), List.of());
        Unit successor = StoreFixture.unit(store, "X10", "Xã Mới", 3, district, LocalDate.of(2025, 7, 1), null,
                List.of(merged.id()));
        model.refresh();
        store.close();

        assertThat(model.lineage(successor)).contains("Xã Cũ");
    }
}
