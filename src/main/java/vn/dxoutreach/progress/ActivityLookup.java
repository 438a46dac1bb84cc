package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;
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
        TargetFilter f = target.filter();
        List<ActivityRef> refs = new ArrayList<>();
        switch (target.kind()) {
            case BROADCAST -> {
                for (Broadcast b : store.broadcasts.find(query)) {
                    if ((!f.newProductionOnly() || b.production() == Production.NEW) && TargetFilter.sameTopic(f.topic(), b.topic())) {
                        long amount = switch (target.measure()) {
                            case MINUTES -> b.minutes();
                            default -> 1;
                        };
                        refs.add(new ActivityRef(ActivityKind.BROADCAST, b.meta().id(), b.meta().unitId(), b.airedOn(),
                                b.programTitle(), amount));
                    }
                }
            }
            case BANNER -> {
                for (Banner b : store.banners.find(query)) {
                    if (f.bannerKind() == null || f.bannerKind() == b.kind()) {
                        long amount = target.measure() == Measure.QUANTITY ? b.quantity() : 1;
                        refs.add(new ActivityRef(ActivityKind.BANNER, b.meta().id(), b.meta().unitId(), b.hungOn(),
                                b.slogan(), amount));
                    }
                }
            }
            case TEAM_SESSION -> {
                for (TeamSession s : store.sessions.find(query)) {
                    if (TargetFilter.sameTopic(f.sessionTopic(), s.supportTopic())) {
                        long amount = target.measure() == Measure.PEOPLE ? s.peopleHelped() : 1;
                        refs.add(new ActivityRef(ActivityKind.TEAM_SESSION, s.meta().id(), s.meta().unitId(),
                                s.heldOn(), s.supportTopic(), amount));
                    }
                }
            }
        }
        refs.sort(Comparator.comparing(ActivityRef::date));
        return refs;
    }
}
