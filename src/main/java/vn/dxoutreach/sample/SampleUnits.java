package vn.dxoutreach.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;

/** Saves the sample's units, each belonging to itself so that its record travels with its own subtree. */
final class SampleUnits {

    private final Store store;

    SampleUnits(Store store) {
        this.store = store;
    }

    Unit unit(UUID parent, String code, String name, int level, LocalDate validFrom, LocalDate validTo,
            List<UUID> predecessors) {
        UUID id = UUID.randomUUID();
        Instant now = store.clock().instant();
        return store.units.save(new Unit(new RecordMeta(id, id, now, now, false), code, name, level, parent,
                validFrom, validTo, predecessors));
    }
}
