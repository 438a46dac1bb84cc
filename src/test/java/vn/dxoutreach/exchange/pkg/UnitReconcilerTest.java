package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/**
 * Two offices whose trees were typed in from the same unit list: the same official codes under
 * different ids. Packages between them match units by code.
 */
class UnitReconcilerTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Store district;
    private Store commune;
    private Unit districtUnit;
    private Unit communeHere;
    private Unit communeThere;

    @BeforeEach
    void sameListTwice() throws IOException {
        offices = new TwoOffices(temp);
        district = offices.district;
        districtUnit = offices.districtUnit;
        communeThere = offices.communeA;
        commune = Store.open(new DataFolder(Files.createDirectory(temp.resolve("typed"))), offices.clock);
        Unit ownDistrict = StoreFixture.unit(commune, "H01", "Huyện Thử", 2, null);
        communeHere = StoreFixture.unit(commune, "X01", "Xã  an", 3, ownDistrict);
        StoreFixture.unit(commune, "X02", "Xã Bình", 3, ownDistrict);
        new Office(commune).set(communeHere);
    }

    @AfterEach
    void close() {
        commune.close();
        offices.close();
    }

    @Test
    void aCommunesRecordsLandOnTheUnitWithTheSameCode() throws Exception {
        Broadcast sent = offices.airing(commune, communeHere, "2024-10-05");
        offices.receive(district, offices.send(commune, communeHere, districtUnit));
        assertThat(district.broadcasts.find(sent.meta().id()).orElseThrow().meta().unitId())
                .isEqualTo(communeThere.id());
        assertThat(district.units.countLive()).isEqualTo(3);
    }

    @Test
    void unitsThatAgreeWithOursAreNeitherConflictsNorUpdates() throws Exception {
        offices.clock.advance();
        commune.units.save(new Unit(communeHere.meta(), "X01", "Xã An", 3, communeHere.parentId(), null, null,
                List.of()));
        Unit village = StoreFixture.unit(commune, "X01-T1", "Thôn Một", 4, communeHere);
        StoreFixture.unit(district, "X01-T1", "Thôn Một", 4, communeThere);
        MergePreview preview = offices.preview(district, offices.send(commune, communeHere, districtUnit));
        assertThat(preview.counts().get("UNIT")).isEqualTo(new MergePreview.Counts(0, 0, 0, 0));
        assertThat(district.units.aliasTarget(village.id())).isPresent();
    }

    @Test
    void theFirstExchangeRecordsTheOtherIdAsAnAlias() throws Exception {
        offices.airing(commune, communeHere, "2024-10-05");
        offices.receive(district, offices.send(commune, communeHere, districtUnit));
        assertThat(district.units.aliasTarget(communeHere.id())).contains(communeThere.id());
    }

    @Test
    void aPackageDownLandsOnTheCommunesOwnIds() throws Exception {
        offices.receive(district, offices.send(commune, communeHere, districtUnit));
        offices.receive(commune, offices.send(district, districtUnit, communeThere));
        assertThat(commune.units.countLive()).isEqualTo(3);
        assertThat(commune.units.find(communeThere.id())).isEmpty();
        assertThat(commune.units.aliasTarget(communeThere.id())).contains(communeHere.id());
    }

    @Test
    void theSameCodeForTwoDifferentUnitsIsRefusedNamingBoth() throws Exception {
        Store other = Store.open(new DataFolder(Files.createDirectory(temp.resolve("other"))), offices.clock);
        try (other) {
            Unit top = StoreFixture.unit(other, "H01", "Huyện Thử", 2, null);
            Unit wrong = StoreFixture.unit(other, "X01", "Xã Phú Lợi", 3, top);
            new Office(other).set(wrong);
            Path pkg = offices.send(other, wrong, top);
            assertThatThrownBy(() -> offices.preview(district, pkg))
                    .isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(
                            Messages.vietnamese().get(e.key(), e.args()))
                            .contains("X01", "Xã Phú Lợi", "Xã An"));
        }
        assertThat(district.broadcasts.countLive()).isZero();
    }
}
