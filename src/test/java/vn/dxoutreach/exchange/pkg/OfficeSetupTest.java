package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/** A new commune installation set up from the package its district sent down. */
class OfficeSetupTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Store fresh;
    private Plan plan;

    @BeforeEach
    void districtWithAPlan() throws IOException {
        offices = new TwoOffices(temp);
        offices.district.levels.replaceAll(List.of(new LevelName(1, "Tỉnh"), new LevelName(2, "Huyện"),
                new LevelName(3, "Xã")));
        plan = offices.district.plans.save(new Plan(RecordMeta.fresh(offices.districtUnit.id(),
                offices.clock.instant()), "96/KH-UBND", "Kế hoạch", "UBND huyện", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        fresh = offices.emptyOffice("fresh");
    }

    @AfterEach
    void close() {
        fresh.close();
        offices.close();
    }

    @Test
    void theRecipientIsSuggestedAmongTheUnitsBelowTheSender() throws Exception {
        OfficeSetup.Offer offer = read(downwardFor(offices.communeA));

        assertThat(offer.suggested()).contains(offices.communeA);
        assertThat(offer.candidates()).extracting(Unit::code).containsExactly("X01", "X02");
        assertThat(offer.senderCode()).isEqualTo("H01");
        assertThat(offer.count("PLAN")).isEqualTo(1);
    }

    @Test
    void theOfficeGetsTheSameUnitsPlanSlogansAndLevelNames() throws Exception {
        Unit office = new OfficeSetup(fresh).setUp(read(downwardFor(offices.communeA)), "X01");

        assertThat(office.id()).isEqualTo(offices.communeA.id());
        assertThat(new Office(fresh).unit()).contains(offices.communeA);
        assertThat(fresh.plans.find(plan.meta().id())).contains(plan);
        assertThat(fresh.levels.list()).isEqualTo(offices.district.levels.list());
        assertThat(fresh.slogans.ordered()).isEqualTo(offices.district.slogans.ordered());
    }

    @Test
    void theSetUpCommunesPackageMergesAtTheDistrictWithoutRefusal() throws Exception {
        new OfficeSetup(fresh).setUp(read(downwardFor(offices.communeA)), "X01");
        var aired = offices.airing(fresh, offices.communeA, "2024-10-02");

        MergePreview up = offices.receive(offices.district, offices.send(fresh, offices.communeA,
                offices.districtUnit));

        assertThat(up.counts().get("BROADCAST").added()).isEqualTo(1);
        assertThat(up.conflicts()).isEmpty();
        assertThat(offices.district.broadcasts.find(aired.meta().id())).contains(aired);
    }

    @Test
    void anUpwardPackageIsRefused() throws Exception {
        offices.airing(offices.commune, offices.communeA, "2024-10-02");
        Path up = offices.send(offices.commune, offices.communeA, offices.districtUnit);

        assertRefused(() -> read(up), "exchange.setup.refused.notDownward");
    }

    @Test
    void aDamagedPackageIsRefused() throws Exception {
        Path damaged = temp.resolve("damaged.dxo");
        byte[] bytes = Files.readAllBytes(downwardFor(offices.communeA));
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(damaged)).isInstanceOf(PackageRefused.class);
        assertThat(fresh.units.countLive()).isZero();
    }

    @Test
    void aUnitNotBelowTheSenderIsRefusedAndNothingIsWritten() throws Exception {
        OfficeSetup.Offer offer = read(downwardFor(offices.communeA));

        assertRefused(() -> new OfficeSetup(fresh).setUp(offer, "H01"), "exchange.setup.refused.unitMissing");
        assertRefused(() -> new OfficeSetup(fresh).setUp(offer, "X99"), "exchange.setup.refused.unitMissing");
        assertThat(fresh.units.countLive()).isZero();
        assertThat(new Office(fresh).unit()).isEmpty();
    }

    @Test
    void anInstallationAlreadySetUpIsRefused() throws Exception {
        Path down = downwardFor(offices.communeA);

        assertRefused(() -> new OfficeSetup(offices.commune).read(down, Files.createTempDirectory(temp, "s")),
                "exchange.setup.refused.alreadySetUp");
    }

    private Path downwardFor(Unit commune) throws IOException {
        return offices.send(offices.district, offices.districtUnit, commune);
    }

    private OfficeSetup.Offer read(Path pkg) throws Exception {
        return new OfficeSetup(fresh).read(pkg, Files.createTempDirectory(temp, "scratch"));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(PackageRefused.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
