package vn.dxoutreach.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** The sample province of today, and the sample district as its history. */
class SampleDataGeneratorTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 30);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path folder;
    private static Store province;
    private static SampleDataGenerator.Summary provinceSummary;
    private static Store district;
    private static SampleDataGenerator.Summary districtSummary;

    @BeforeAll
    static void generate() {
        province = StoreFixture.open(folder.resolve("province"));
        provinceSummary = new SampleDataGenerator(province).generateProvince(UNTIL, 5);
        district = StoreFixture.open(folder.resolve("district"));
        districtSummary = new SampleDataGenerator(district).generate(SampleSize.DISTRICT, UNTIL, 5);
    }

    @AfterAll
    static void close() {
        province.close();
        district.close();
    }

    @Test
    void theProvinceHasTwentyNewCommunesFromFiftyOneOldOnesOfThreeDistricts() {
        UnitTree tree = province.units.tree();
        Unit office = new Office(province).unit().orElseThrow();
        assertThat(office.level()).isEqualTo(1);
        assertThat(office.name()).contains("(dữ liệu mẫu)");
        assertThat(provinceSummary.communes()).hasSize(51);
        assertThat(provinceSummary.newCommunes()).hasSize(20).allSatisfy(c -> {
            assertThat(c.parentId()).isEqualTo(office.id());
            assertThat(c.validFrom()).isEqualTo(REFORM);
            assertThat(c.predecessors()).hasSizeBetween(2, 4);
        });
        assertThat(tree.children(office.id()).stream().filter(u -> u.level() == 2))
                .hasSize(3).allSatisfy(d -> assertThat(d.validTo()).isEqualTo(LAST_OLD_DAY));
        assertThat(provinceSummary.communes()).allSatisfy(c -> assertThat(c.validTo()).isEqualTo(LAST_OLD_DAY));
        // every old commune is in exactly one new commune
        assertThat(provinceSummary.newCommunes().stream().flatMap(c -> c.predecessors().stream()).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(provinceSummary.communes().stream().map(Unit::id).toList());
    }

    @Test
    void someNewCommunesTakeCommunesOfTwoDistricts() {
        UnitTree tree = province.units.tree();
        long acrossDistricts = provinceSummary.newCommunes().stream()
                .filter(c -> c.predecessors().stream().map(p -> tree.get(p).orElseThrow().parentId())
                        .collect(Collectors.toSet()).size() > 1)
                .count();
        assertThat(acrossDistricts).isGreaterThanOrEqualTo(2);
    }

    @Test
    void villagesMoveToTheNewCommuneOnTheReformDay() {
        UnitTree tree = province.units.tree();
        Unit commune = provinceSummary.newCommunes().get(0);
        List<Unit> villages = tree.children(commune.id());
        Set<java.util.UUID> oldVillages = commune.predecessors().stream()
                .flatMap(p -> tree.children(p).stream()).map(Unit::id).collect(Collectors.toSet());
        assertThat(villages).isNotEmpty().allSatisfy(v -> {
            assertThat(v.validFrom()).isEqualTo(REFORM);
            assertThat(v.predecessors()).hasSize(1);
        });
        assertThat(villages.stream().flatMap(v -> v.predecessors().stream()).collect(Collectors.toSet()))
                .isEqualTo(oldVillages);
        assertThat(oldVillages).allSatisfy(id -> assertThat(tree.get(id).orElseThrow().validTo())
                .isEqualTo(LAST_OLD_DAY));
    }

    @Test
    void theProvinceHasActivityBeforeAndAfterTheReform() {
        Set<java.util.UUID> oldUnits = provinceSummary.communes().stream()
                .flatMap(c -> province.units.tree().subtree(c.id()).stream()).collect(Collectors.toSet());
        var airings = province.broadcasts.listLive();
        assertThat(airings).anySatisfy(b -> {
            assertThat(b.airedOn()).isBefore(REFORM);
            assertThat(oldUnits).contains(b.meta().unitId());
        });
        assertThat(airings).anySatisfy(b -> {
            assertThat(b.airedOn()).isAfterOrEqualTo(REFORM);
            assertThat(oldUnits).doesNotContain(b.meta().unitId());
        });
        // nothing is recorded on a unit on a day it did not exist
        UnitTree tree = province.units.tree();
        assertThat(airings).allSatisfy(b -> assertThat(tree.get(b.meta().unitId()).orElseThrow().existsOn(b.airedOn()))
                .isTrue());
        assertThat(airings.stream().map(b -> b.airedOn()).min(LocalDate::compareTo).orElseThrow())
                .isBefore(LocalDate.of(2024, 2, 1));
    }

    @Test
    void theProvincePlanCountsTheNewCommunesWithTheirPredecessorsHistory() {
        Plan plan = province.plans.findBySymbol("45/KH-UBND").orElseThrow();
        assertThat(plan.periodFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(plan.periodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        TargetProgress weekly = new ProgressEngine(province).evaluate(plan, UNTIL).targets().stream()
                .filter(t -> t.target().code().equals("CT01")).findFirst().orElseThrow();
        assertThat(weekly.scopedUnits()).isEqualTo(20);
        assertThat(weekly.attainment()).isPresent();
        // the first half of 2025 was aired by the old communes: their weeks are the new communes' history
        UnitProgress first = weekly.units().get(0);
        int firstHalf = (int) weekly.buckets().stream().filter(b -> b.to().isBefore(REFORM)).count();
        assertThat(first.actualPerBucket().subList(0, firstHalf).stream().mapToLong(Long::longValue).sum())
                .isPositive();

        TargetProgress inFirstHalf = new ProgressEngine(province).evaluate(plan, LocalDate.of(2025, 5, 31))
                .targets().stream().filter(t -> t.target().code().equals("CT01")).findFirst().orElseThrow();
        assertThat(inFirstHalf.scopedUnits()).isEqualTo(51);
    }

    @Test
    void theProvinceIsHeadedByItsDepartment() {
        var profile = province.settings.officeProfile();
        assertThat(profile.parentBody()).startsWith("UBND TỈNH");
        assertThat(profile.issuingBody()).isEqualTo("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
    }

    @Test
    void theDistrictEndsOnThirtiethJune2025AndItsCommunesMergeIntoCommunesOfTheProvince() {
        UnitTree tree = district.units.tree();
        Unit office = new Office(district).unit().orElseThrow();
        Unit theDistrict = tree.children(office.id()).stream().filter(u -> u.level() == 2).findFirst().orElseThrow();
        assertThat(theDistrict.validTo()).isEqualTo(LAST_OLD_DAY);
        assertThat(districtSummary.communes()).hasSize(SampleDataGenerator.districtShape().communes())
                .allSatisfy(c -> {
                    assertThat(c.parentId()).isEqualTo(theDistrict.id());
                    assertThat(c.validTo()).isEqualTo(LAST_OLD_DAY);
                });
        assertThat(districtSummary.newCommunes()).hasSize(SampleDataGenerator.districtShape().newCommunes())
                .allSatisfy(c -> assertThat(c.parentId()).isEqualTo(office.id()));
    }

    @Test
    void theDistrictSampleIsHistoryHeadedTodayByTheProvince() {
        assertThat(district.broadcasts.listLive()).isNotEmpty()
                .allSatisfy(b -> assertThat(b.airedOn()).isBeforeOrEqualTo(LAST_OLD_DAY));
        Plan plan = district.plans.findBySymbol("96/KH-UBND").orElseThrow();
        assertThat(plan.periodTo()).isEqualTo(LAST_OLD_DAY);
        assertThat(district.settings.officeProfile().parentBody()).startsWith("UBND TỈNH").doesNotContain("HUYỆN");
    }

    @Test
    void theWelcomesCountsAreTheGeneratedOnes() {
        var shape = SampleDataGenerator.provinceShape();
        assertThat(shape.communes()).isEqualTo(provinceSummary.communes().size());
        assertThat(shape.newCommunes()).isEqualTo(provinceSummary.newCommunes().size());
        assertThat(shape.districts()).isEqualTo((int) province.units.listLive().stream()
                .filter(u -> u.level() == 2).count());
        assertThat(Objects.requireNonNull(SampleDataGenerator.districtShape()).communes())
                .isEqualTo(districtSummary.communes().size());
    }
}
