package vn.dxoutreach.ui.activity;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** A store in a temporary folder with one commune, and broadcasts of it, for the edit command tests. */
final class StoredBroadcasts implements AutoCloseable {

    final Store store;
    final Unit commune;

    StoredBroadcasts(Path folder) {
        store = StoreFixture.open(folder);
        commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
    }

    Broadcast broadcast(String title) {
        return new Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW), LocalDate.of(2026, 10, 5),
                Slot.MORNING, title, Production.NEW, 15, "", "");
    }

    String titleOf(Broadcast b) {
        return store.broadcasts.find(b.meta().id()).orElseThrow().programTitle();
    }

    @Override
    public void close() {
        store.close();
    }
}
