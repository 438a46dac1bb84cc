package vn.dxoutreach.exchange.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.Unit;

class RecordJsonTest {

    private static final RecordMeta META = RecordMeta.fresh(UUID.randomUUID(), Instant.parse("2024-07-01T00:00:00Z"));

    @Test
    void aSloganTravelsWithItsCampaignYear() {
        Slogan slogan = new Slogan(META, "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10", true, 2025, false);

        assertThat(RecordJson.read(PackageKind.SLOGAN, RecordJson.write(slogan))).isEqualTo(slogan);
    }

    @Test
    void aTargetTravelsWithItsYearlyRepeatAndAnOlderPackageMeansNone() {
        Target target = new Target(META, UUID.randomUUID(), "CT04", "Băng rôn", ActivityKind.BANNER, TargetFilter.NONE,
                Measure.QUANTITY, Cadence.PERIOD, 5, Scope.EACH, 3, LocalDate.of(2023, 10, 1),
                LocalDate.of(2023, 10, 10), true);
        JsonObject older = RecordJson.write(target);
        older.remove("repeatsYearly");

        assertThat(RecordJson.read(PackageKind.TARGET, RecordJson.write(target))).isEqualTo(target);
        assertThat(((Target) RecordJson.read(PackageKind.TARGET, older)).repeatsYearly()).isFalse();
    }

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
