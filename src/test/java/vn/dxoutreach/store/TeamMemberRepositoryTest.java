package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/** The team roster, unit types and share-of-units targets in the store (migration V20). */
class TeamMemberRepositoryTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit commune;
    private Unit other;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        Unit province = StoreFixture.unit(store, "P01", "Tỉnh Thử", 1, null);
        commune = StoreFixture.unit(store, "X01", "Xã An", 2, province);
        other = StoreFixture.unit(store, "X02", "Xã Bình", 2, province);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private TeamMember member(Unit unit, String name, LocalDate joined, LocalDate left) {
        return store.members.save(store.members.fresh(unit.id(), name, "Thành viên", "0912 345 678", joined, left));
    }

    @Test
    void aMemberIsStoredAndReadBack() {
        TeamMember saved = member(commune, "Nguyễn Thị Hoa", d(2023, 3, 1), d(2024, 2, 29));

        assertThat(store.members.find(saved.meta().id())).contains(saved);
    }

    @Test
    void countAsOfADayCountsTeamsWithAnActiveMemberAndTheirActiveMembers() {
        member(commune, "Nguyễn Thị Hoa", d(2023, 3, 1), null);
        member(commune, "Trần Văn Nam", d(2023, 3, 1), d(2023, 12, 31));
        member(other, "Lê Văn Bình", d(2024, 1, 15), null);
        List<java.util.UUID> both = List.of(commune.id(), other.id());

        assertThat(store.members.countAsOf(both, d(2023, 12, 31))).isEqualTo(new TeamMemberRepository.Roster(1, 2));
        assertThat(store.members.countAsOf(both, d(2024, 1, 1))).isEqualTo(new TeamMemberRepository.Roster(1, 1));
        assertThat(store.members.countAsOf(both, d(2024, 1, 15))).isEqualTo(new TeamMemberRepository.Roster(2, 2));
        assertThat(store.members.countAsOf(List.of(other.id()), d(2024, 1, 15)))
                .isEqualTo(new TeamMemberRepository.Roster(1, 1));
    }

    @Test
    void aDeletedMemberIsNotCounted() {
        TeamMember m = member(commune, "Nguyễn Thị Hoa", d(2023, 3, 1), null);
        store.members.delete(m.meta().id());

        assertThat(store.members.countAsOf(List.of(commune.id()), d(2024, 1, 1)))
                .isEqualTo(new TeamMemberRepository.Roster(0, 0));
    }

    @Test
    void aMemberCannotLeaveBeforeJoining() {
        assertThatThrownBy(() -> member(commune, "Nguyễn Thị Hoa", d(2023, 3, 1), d(2023, 2, 28)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitsTypeIsStoredAndUnitsWithoutOneAreAdministrative() {
        Unit school = store.units.save(StoreFixture.unit(store, "TH01", "Trường Tiểu học An", 3, commune)
                .withType(UnitType.SCHOOL));

        assertThat(store.units.find(school.id()).orElseThrow().type()).isEqualTo(UnitType.SCHOOL);
        assertThat(store.units.find(commune.id()).orElseThrow().type()).isEqualTo(UnitType.ADMINISTRATIVE);
    }

    @Test
    void aTargetsUnitTypeAndShareAreStored() {
        Plan plan = store.plans.save(new Plan(RecordMeta.fresh(commune.id(), StoreFixture.NOW), "1/KH", "Kế hoạch",
                "UBND", d(2024, 1, 1), d(2024, 1, 1), d(2024, 12, 31)));
        Target target = store.targets.save(new Target(RecordMeta.fresh(commune.id(), StoreFixture.NOW), plan.id(),
                "CT01", "50% trường", ActivityKind.EVENT, TargetFilter.NONE, Measure.COUNT, Cadence.YEAR, 1,
                Scope.EACH, null, null, null).withUnitScope(UnitType.SCHOOL, 50));

        Target read = store.targets.find(target.id()).orElseThrow();

        assertThat(read.scopeUnitType()).isEqualTo(UnitType.SCHOOL);
        assertThat(read.minSharePercent()).isEqualTo(50);
        assertThat(read).isEqualTo(target);
    }

    @Test
    void aMembersUnitCountsAsItsRecordsSoTheUnitIsNotDeleted() {
        member(commune, "Nguyễn Thị Hoa", d(2023, 3, 1), null);

        assertThat(store.units.liveRecordCount(commune.id())).isEqualTo(1);
    }
}
