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
        RecordRepository<?> repository = switch (kind) {
            case UNIT -> store.units;
            case SLOGAN -> store.slogans;
            case PLAN -> store.plans;
            case TARGET -> store.targets;
            case REPORT_DEADLINE -> store.deadlines;
            case BROADCAST -> store.broadcasts;
            case BANNER -> store.banners;
            case TEAM_SESSION -> store.sessions;
            case NEWS -> store.news;
            case EVENT -> store.events;
            case MATERIAL -> store.materials;
            case CHOICE -> store.choices;
            case TEAM_MEMBER -> store.members;
            case EVIDENCE -> store.evidence;
        };
        return (RecordRepository<StoredRecord>) repository;
    }

    static List<StoredRecord> changedSince(Store store, PackageKind kind, long epochMillis) {
        return of(store, kind).changedSince(epochMillis);
    }
}
