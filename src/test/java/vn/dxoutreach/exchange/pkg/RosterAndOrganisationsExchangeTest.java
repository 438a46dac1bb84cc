package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.store.StoreFixture;

/** Team members travel up like activities; unit types and share-of-units targets travel with their records. */
class RosterAndOrganisationsExchangeTest {

    @TempDir
    Path temp;
    private TwoOffices offices;

    @BeforeEach
    void twoOffices() throws Exception {
        offices = new TwoOffices(temp);
    }

    @AfterEach
    void close() {
        offices.close();
    }

    private TeamMember member(Unit unit) {
        return new TeamMember(RecordMeta.fresh(unit.id(), offices.clock.instant()), "Nguyễn Thị Hoa", "Tổ trưởng",
                "0912 345 678", LocalDate.of(2023, 3, 1), null);
    }

    @Test
    void aCommunesTeamMembersArriveAsTheyAreAndEndingOneTravels() throws Exception {
        TeamMember sent = offices.commune.members.save(member(offices.communeA));
        offices.receive(offices.district, offices.send(offices.commune, offices.communeA, offices.districtUnit));
        offices.clock.advance();
        TeamMember left = offices.commune.members.save(sent.leavingOn(LocalDate.of(2024, 9, 30)));
        offices.receive(offices.district, offices.send(offices.commune, offices.communeA, offices.districtUnit));

        assertThat(offices.district.members.find(sent.meta().id())).contains(left);
        assertThat(offices.district.members.countAsOf(java.util.List.of(offices.communeA.id()),
                LocalDate.of(2024, 10, 1)).members()).isZero();
    }

    @Test
    void aMemberOfAnotherCommuneIsRefusedAndNothingIsWritten() throws Exception {
        offices.commune.members.save(member(offices.communeA));
        Path pkg = offices.send(offices.commune, offices.communeA, offices.districtUnit);
        Path forged = Forger.of(pkg).add("team_member", Forger.json(member(offices.communeB)))
                .write(temp.resolve("forged.dxo"));

        assertThatThrownBy(() -> offices.preview(offices.district, forged))
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> assertThat(e.key()).isEqualTo("exchange.refused.foreignRecord"));
        assertThat(offices.district.members.countLive()).isZero();
    }

    @Test
    void membersNeverTravelDown() throws Exception {
        offices.district.members.save(member(offices.districtUnit));

        offices.receive(offices.commune, offices.send(offices.district, offices.districtUnit, offices.communeA));

        assertThat(offices.commune.members.countLive()).isZero();
    }

    @Test
    void aSchoolAndAShareOfSchoolsTargetTravelDownWithThePlan() throws Exception {
        Unit school = offices.district.units.save(StoreFixture.unit(offices.district, "TH01", "Trường Tiểu học An", 4,
                offices.communeA).withType(UnitType.SCHOOL));
        Plan plan = offices.district.plans.save(new Plan(RecordMeta.fresh(offices.districtUnit.id(),
                offices.clock.instant()), "96/KH-UBND", "Kế hoạch", "UBND huyện", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        Target target = offices.district.targets.save(new Target(RecordMeta.fresh(offices.districtUnit.id(),
                offices.clock.instant()), plan.id(), "CT09", "50% trường", ActivityKind.EVENT, TargetFilter.NONE,
                Measure.COUNT, Cadence.YEAR, 1, Scope.EACH, null, null, null).withUnitScope(UnitType.SCHOOL, 50));

        offices.receive(offices.commune, offices.send(offices.district, offices.districtUnit, offices.communeA));

        assertThat(offices.commune.units.find(school.id()).orElseThrow().type()).isEqualTo(UnitType.SCHOOL);
        assertThat(offices.commune.targets.find(target.id())).contains(offices.district.targets.find(target.id())
                .orElseThrow());
    }

    @Test
    void recordsOfPackagesMadeBeforeTheFieldsReadAsBefore() {
        JsonObject unit = RecordJson.write(offices.communeA);
        unit.remove("unitType");

        Unit read = (Unit) RecordJson.read(PackageKind.UNIT, unit);

        assertThat(read.type()).isEqualTo(UnitType.ADMINISTRATIVE);
        assertThat(read).isEqualTo(offices.communeA);
    }

    @Test
    void aMemberWithLettersInThePhoneIsNotARecord() {
        JsonObject json = RecordJson.write(member(offices.communeA));
        json.addProperty("phone", "gọi tôi");

        assertThatThrownBy(() -> RecordJson.read(PackageKind.TEAM_MEMBER, json))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
