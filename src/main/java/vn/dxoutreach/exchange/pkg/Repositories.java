package vn.dxoutreach.exchange.pkg;

import java.util.List;
import vn.dxoutreach.domain.StoredRecord;
import vn.dxoutreach.store.RecordRepository;
import vn.dxoutreach.store.Store;

/** The store's repository for each kind a package carries. */
final class Repositories {

    private Repositories() {
    }

    @SuppressWarnings("unchecked")
    static RecordRepository<StoredRecord> of(Store store, PackageKind kind) {
        return (RecordRepository<StoredRecord>) kind.repository(store);
    }

    static List<StoredRecord> changedSince(Store store, PackageKind kind, long epochMillis) {
        return of(store, kind).changedSince(epochMillis);
    }
}
