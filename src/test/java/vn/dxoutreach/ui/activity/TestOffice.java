package vn.dxoutreach.ui.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/** An office in memory for view model tests: a district, two communes (one merged away on 30/6/2025), a unit elsewhere. */
public final class TestOffice {

    public static final Instant NOW = Instant.parse("2026-10-05T08:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));

    public final Unit district = unit("H01", "Huyện A", 2, null, null);
    public final Unit commune = unit("X01", "Xã B", 3, district.id(), null);
    public final Unit mergedAway = unit("X02", "Xã C", 3, district.id(), LocalDate.of(2025, 6, 30));
    public final Unit elsewhere = unit("H99", "Huyện khác", 2, null, null);
    public final OfficeUnits units = new OfficeUnits(
            new UnitTree(List.of(district, commune, mergedAway, elsewhere)), district);

    private static Unit unit(String code, String name, int level, UUID parent, LocalDate validTo) {
        UUID id = UUID.randomUUID();
        return new Unit(new RecordMeta(id, id, NOW, NOW, false), code, name, level, parent, null, validTo, List.of());
    }
}
