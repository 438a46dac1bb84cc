package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

class UnitGraphTest {

    private static final Instant NOW = Instant.parse("2024-10-01T00:00:00Z");
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    private static Unit unit(UUID id, UUID parent, List<UUID> predecessors) {
        return new Unit(new RecordMeta(id, id, NOW, NOW, false), id.toString().substring(0, 4), "Đơn vị", 3, parent,
                null, null, predecessors);
    }

    @Test
    void aTreeHasNoCycle() {
        assertThat(UnitGraph.unitOnCycle(new UnitTree(List.of(unit(a, null, List.of()), unit(b, a, List.of()),
                unit(c, UUID.randomUUID(), List.of()))))).isEmpty();
    }

    @Test
    void twoUnitsThatAreEachOthersParentAreACycle() {
        assertThat(UnitGraph.unitOnCycle(new UnitTree(List.of(unit(a, b, List.of()), unit(b, a, List.of()),
                unit(c, a, List.of()))))).isPresent();
    }

    @Test
    void aLongerLoopIsFoundFromAUnitHangingBelowIt() {
        assertThat(UnitGraph.unitOnCycle(new UnitTree(List.of(unit(c, a, List.of()), unit(a, b, List.of()),
                unit(b, c, List.of()))))).isPresent();
    }

    @Test
    void aUnitItsOwnParentOrPredecessorIsACycle() {
        assertThat(UnitGraph.unitOnCycle(new UnitTree(List.of(unit(a, a, List.of()))))).isPresent();
        assertThat(UnitGraph.unitOnCycle(new UnitTree(List.of(unit(a, null, List.of(a)))))).isPresent();
    }
}
