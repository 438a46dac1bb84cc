package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.store.ActivityQuery;
import vn.dxoutreach.store.Store;

/** Finds the records a target counts for some units and days: the drill-down behind a number. */
final class ActivityLookup {

    /** Drill-down lists stop here; a number behind more records is summarised, not listed. */
    static final int LIMIT = 20_000;

    private final Store store;

    ActivityLookup(Store store) {
        this.store = store;
    }

    List<ActivityRef> find(Target target, Set<UUID> units, LocalDate from, LocalDate to) {
        ActivityQuery query = new ActivityQuery(units, from, to, null, LIMIT);
        List<ActivityRef> refs = new ArrayList<>();
        for (ActivityRecord record : store.activities(target.kind()).find(query)) {
            if (CountedRecord.matches(record, target.filter())) {
                refs.add(new ActivityRef(record.activityKind(), record.meta().id(), record.meta().unitId(),
                        record.day(), CountedRecord.title(record), CountedRecord.amount(record, target.measure())));
            }
        }
        refs.sort(Comparator.comparing(ActivityRef::date));
        return refs;
    }
}
