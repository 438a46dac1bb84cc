package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/** A district H with communes A and B; A has the village A1, B the village B1. The sender is A. */
class UnitAuthorityTest {

    private static final Instant THEN = Instant.parse("2024-10-01T00:00:00Z");
    private static final Instant LATER = THEN.plusSeconds(3600);
    private final Unit district = unit("H01", 2, null, List.of());
    private final Unit communeA = unit("X01", 3, district, List.of());
    private final Unit communeB = unit("X02", 3, district, List.of());
    private final Unit villageA = unit("T01", 4, communeA, List.of());
    private final Unit villageB = unit("T02", 4, communeB, List.of());
    private final UnitTree stored = new UnitTree(List.of(district, communeA, communeB, villageA, villageB));

    private static Unit unit(String code, int level, Unit parent, List<UUID> predecessors) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, THEN, THEN, false), code, "Đơn vị " + code, level,
                parent == null ? null : parent.id(), null, null, predecessors);
    }

    /** The unit as a newer edit: parent, level, code, name, validity, predecessors, deletion as given. */
    private static Unit edited(Unit u, UUID parent, int level, String code, String name, LocalDate validTo,
            List<UUID> predecessors, boolean deleted) {
        return new Unit(new RecordMeta(u.id(), u.id(), u.meta().createdAt(), LATER, deleted), code, name, level,
                parent, u.validFrom(), validTo, predecessors);
    }

    private static Unit moved(Unit u, Unit parent) {
        return edited(u, parent == null ? null : parent.id(), u.level(), u.code(), u.name(), u.validTo(),
                u.predecessors(), false);
    }

    private String refusal(Unit... incoming) {
        try {
            UnitAuthority.upward(stored, communeA, List.of(incoming));
            return null;
        } catch (PackageRefused e) {
            return e.key();
        }
    }

    @Test
    void theSenderMayRenameItself() {
        assertThat(refusal(edited(communeA, district.id(), 3, "X01", "Xã An Mới", null, List.of(), false))).isNull();
    }

    @Test
    void theSenderMayNotMoveItselfAnywhere() {
        for (Unit parent : new Unit[] {communeB, villageA, villageB, null}) {
            assertThat(refusal(moved(communeA, parent))).isEqualTo("exchange.refused.ownUnit");
        }
    }

    @Test
    void theSenderMayNotChangeItsOwnLevelCodeValidityOrExistence() {
        UUID parent = district.id();
        assertThat(refusal(edited(communeA, parent, 1, "X01", "Xã", null, List.of(), false)))
                .isEqualTo("exchange.refused.ownUnit");
        assertThat(refusal(edited(communeA, parent, 3, "X09", "Xã", null, List.of(), false)))
                .isEqualTo("exchange.refused.ownUnit");
        assertThat(refusal(edited(communeA, parent, 3, "X01", "Xã", LocalDate.of(2025, 6, 30), List.of(), false)))
                .isEqualTo("exchange.refused.ownUnit");
        assertThat(refusal(edited(communeA, parent, 3, "X01", "Xã", null, List.of(), true)))
                .isEqualTo("exchange.refused.ownUnit");
    }

    @Test
    void theSenderMayNotClaimASiblingAsItsPredecessor() {
        assertThat(refusal(edited(communeA, district.id(), 3, "X01", "Xã", null, List.of(communeB.id()), false)))
                .isEqualTo("exchange.refused.ownUnit");
        assertThat(refusal(edited(villageA, communeA.id(), 4, "T01", "Thôn", null, List.of(communeB.id()), false)))
                .isEqualTo("exchange.refused.unitClaimed");
    }

    @Test
    void aVillageOfTheSenderMayBeRenamedDeletedOrCreatedBelowIt() {
        Unit newVillage = unit("T03", 4, villageA, List.of());
        assertThat(refusal(edited(villageA, communeA.id(), 4, "T01", "Thôn Mới", null, List.of(), true),
                newVillage)).isNull();
    }

    @Test
    void aVillageOfTheSenderMayNotBeMovedOutOfIt() {
        assertThat(refusal(moved(villageA, communeB))).isEqualTo("exchange.refused.unitMovedOut");
        assertThat(refusal(moved(villageA, null))).isEqualTo("exchange.refused.unitMovedOut");
        assertThat(refusal(unit("T09", 4, communeB, List.of()))).isEqualTo("exchange.refused.unitMovedOut");
    }

    @Test
    void unitsOutsideTheSendersAreaMayNotBeTouched() {
        assertThat(refusal(moved(villageB, communeA))).isEqualTo("exchange.refused.foreignRecord");
        assertThat(refusal(edited(communeB, district.id(), 3, "X02", "Khác", null, List.of(), false)))
                .isEqualTo("exchange.refused.foreignRecord");
        assertThat(refusal(edited(district, null, 2, "H01", "Khác", null, List.of(), false)))
                .isEqualTo("exchange.refused.foreignRecord");
    }

    @Test
    void theTreeAfterTheMergeMayNotHaveACycle() {
        Unit villageA2 = unit("T04", 4, communeA, List.of());
        List<Unit> all = new ArrayList<>(stored.all());
        all.add(villageA2);
        UnitTree withTwoVillages = new UnitTree(all);
        assertThatThrownBy(() -> UnitAuthority.upward(withTwoVillages, communeA,
                List.of(moved(villageA, villageA2), moved(villageA2, villageA))))
                .isInstanceOfSatisfying(PackageRefused.class,
                        e -> assertThat(e.key()).isEqualTo("exchange.refused.unitCycle"));
    }

    @Test
    void anOldCopyOfAUnitTheSenderMayNotChangeIsLeftOut() throws PackageRefused {
        Unit oldCopyOfB = new Unit(new RecordMeta(communeB.id(), communeB.id(), THEN, THEN.minusSeconds(60), false),
                "X02", "Tên cũ", 3, district.id(), null, null, List.of());

        assertThat(UnitAuthority.upward(stored, communeA, List.of(oldCopyOfB)).skips(communeB.id())).isTrue();
    }
}
