package vn.dxoutreach.store;

import java.util.Optional;
import java.util.UUID;
import vn.dxoutreach.domain.Unit;

/** Which unit this installation serves; everything it records belongs to that unit's subtree. */
public final class Office {

    private final Store store;

    public Office(Store store) {
        this.store = store;
    }

    /** The office's unit, once set up. */
    public Optional<Unit> unit() {
        return store.settings.get(SettingsRepository.OFFICE_UNIT)
                .map(UUID::fromString)
                .flatMap(store.units::find)
                .filter(u -> !u.meta().deleted());
    }

    /** Makes the unit this installation's office and makes sure the official slogans exist. */
    public void set(Unit unit) {
        store.db().write(c -> {
            store.settings.put(SettingsRepository.OFFICE_UNIT, unit.id().toString());
            store.slogans.ensureOfficial(unit.id());
            return null;
        });
    }
}
