package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;

/**
 * The 2025 reform: the district records that X01 and X02 merged into X10 on 01/07/2025, while the
 * office of X01 still works from its old tree and sends its data to whoever collects it now.
 */
class MergedUnitsExchangeTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Unit merged;
    private Broadcast oldAiring;

    @BeforeEach
    void merger() throws Exception {
        offices = new TwoOffices(temp);
        Store district = offices.district;
        for (Unit old : List.of(offices.communeA, offices.communeB)) {
            district.units.save(new Unit(old.meta(), old.code(), old.name(), old.level(), old.parentId(),
                    old.validFrom(), REFORM.minusDays(1), old.predecessors()));
        }
        merged = district.units.save(Unit.fresh("X10", "Xã An Bình", 3, offices.districtUnit.id(), REFORM, null,
                List.of(offices.communeA.id(), offices.communeB.id()), offices.clock.instant()));
        offices.clock.advance();
        oldAiring = offices.airing(offices.commune, offices.communeA, "2025-06-20");
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void theOldCommunesPackageLandsAtTheDistrictAndCountsForTheMergedCommune() throws Exception {
        offices.receive(offices.district, fromOldCommune());

        Broadcast arrived = offices.district.broadcasts.find(oldAiring.meta().id()).orElseThrow();
        var tree = offices.district.units.tree();
        assertThat(tree.successorOf(arrived.meta().unitId())).isEqualTo(merged);
        assertThat(tree.contributors(merged.id())).contains(arrived.meta().unitId());
        assertThat(tree.get(offices.communeA.id()).orElseThrow().validTo()).isEqualTo(REFORM.minusDays(1));
    }

    @Test
    void theMergedCommunesOfficeTakesItsPredecessorsPackage() throws Exception {
        try (Store newOffice = mergedCommuneOffice()) {
            MergePreview preview = offices.receive(newOffice, fromOldCommune());

            assertThat(preview.counts().get("BROADCAST").added()).isEqualTo(1);
            assertThat(newOffice.broadcasts.find(oldAiring.meta().id())).contains(oldAiring);
        }
    }

    @Test
    void theMergedCommuneSendsItsPredecessorsHistoryUpWithoutRefusal() throws Exception {
        try (Store newOffice = mergedCommuneOffice()) {
            offices.receive(newOffice, fromOldCommune());

            MergePreview up = offices.receive(offices.district, offices.send(newOffice, merged, offices.districtUnit));

            assertThat(up.counts().get("BROADCAST").added()).isEqualTo(1);
            assertThat(offices.district.broadcasts.find(oldAiring.meta().id())).contains(oldAiring);
        }
    }

    /** The old commune's office still sends to the district it knew. */
    private Path fromOldCommune() throws Exception {
        return offices.send(offices.commune, offices.communeA, offices.districtUnit);
    }

    /** The office of X10, set up from the district's package after the merger. */
    private Store mergedCommuneOffice() throws Exception {
        Store store = offices.emptyOffice("x10");
        OfficeSetup setup = new OfficeSetup(store);
        setup.setUp(setup.read(offices.send(offices.district, offices.districtUnit, merged),
                Files.createTempDirectory(temp, "scratch")), "X10");
        return store;
    }
}
