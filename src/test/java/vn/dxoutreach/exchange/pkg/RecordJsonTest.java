package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;

class RecordJsonTest {

    @Test
    void aMovedUnitTravelsWithItsFormerParents() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2025-07-01T00:00:00Z");
        Unit moved = new Unit(new RecordMeta(id, id, now, now, false), "00003-01", "Thôn Đông", 4, UUID.randomUUID(),
                null, null, List.of(), List.of(new FormerParent(UUID.randomUUID(), LocalDate.of(2025, 6, 30))));
        assertThat(RecordJson.read(PackageKind.UNIT, RecordJson.write(moved))).isEqualTo(moved);
    }

    @Test
    void aUnitOfAnOlderPackageHasNoFormerParents() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2024-07-01T00:00:00Z");
        Unit unit = new Unit(new RecordMeta(id, id, now, now, false), "X01", "Xã An", 3, null, null, null, List.of());
        var json = RecordJson.write(unit);
        json.remove("formerParents");
        assertThat(((Unit) RecordJson.read(PackageKind.UNIT, json)).formerParents()).isEmpty();
    }
}
