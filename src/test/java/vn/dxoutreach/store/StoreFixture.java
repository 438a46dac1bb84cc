package vn.dxoutreach.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;

/** A store in a temporary folder with a fixed clock, and helpers to make units. */
public final class StoreFixture {

    public static final Instant NOW = Instant.parse("2024-07-01T08:00:00Z");

    private StoreFixture() {
    }

    public static Store open(Path folder) {
        return Store.open(new DataFolder(folder), Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** Saves a live unit belonging to itself. */
    public static Unit unit(Store store, String code, String name, int level, Unit parent) {
        return unit(store, code, name, level, parent, null, null, List.of());
    }

    public static Unit unit(Store store, String code, String name, int level, Unit parent, LocalDate validFrom,
            LocalDate validTo, List<UUID> predecessors) {
        UUID id = UUID.randomUUID();
        return store.units.save(new Unit(new RecordMeta(id, id, NOW, NOW, false), code, name, level,
                parent == null ? null : parent.id(), validFrom, validTo, predecessors));
    }
}
