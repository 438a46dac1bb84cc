package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.text.Messages;

class OfficeUnitsTest {

    private static final Instant NOW = Instant.parse("2026-10-05T08:00:00Z");
    private final Unit district = unit("H01", "Huyện A", null);
    private final Unit communeB = unit("X01", "Xã B", district);
    private final Unit communeC = unit("X02", "Xã C", district);
    private final Unit villageOfB = unit("T01", "Thôn 1", communeB);
    private final Unit villageOfC = unit("T02", "Thôn 1", communeC);
    private final Unit otherDistrict = unit("H02", "Huyện khác", null);
    private final OfficeUnits units = new OfficeUnits(
            new UnitTree(List.of(district, communeB, communeC, villageOfB, villageOfC, otherDistrict)), district);

    private static Unit unit(String code, String name, Unit parent) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, NOW, NOW, false), code, name, parent == null ? 2 : 3,
                parent == null ? null : parent.id(), null, null, List.of());
    }

    @Test
    void choicesFollowTheTreeWithDepths() {
        assertThat(units.choices()).extracting(c -> c.unit().code()).containsExactly("H01", "X01", "T01", "X02", "T02");
        assertThat(units.depth(villageOfC.id())).isEqualTo(2);
    }

    @Test
    void onlyTheOfficeSubtreeBelongsToIt() {
        assertThat(units.contains(villageOfB.id())).isTrue();
        assertThat(units.contains(otherDistrict.id())).isFalse();
        assertThat(units.subtree(communeB.id())).containsExactlyInAnyOrder(communeB.id(), villageOfB.id());
    }

    @Test
    void repeatedNamesCarryTheirParentsName() {
        Messages messages = Messages.vietnamese();
        assertThat(units.label(villageOfB.id(), messages)).isEqualTo("Thôn 1 (Xã B)");
        assertThat(units.label(communeC.id(), messages)).isEqualTo("Xã C");
    }
}
