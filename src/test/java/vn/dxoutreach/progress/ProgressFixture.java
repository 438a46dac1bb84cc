package vn.dxoutreach.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** A district with two communes (one with a village) and a plan, for progress tests. */
final class ProgressFixture {

    final Store store;
    final Unit district;
    final Unit communeA;
    final Unit communeB;
    final Unit villageA;
    Plan plan;

    ProgressFixture(Store store) {
        this.store = store;
        district = StoreFixture.unit(store, "H01", "Huyện Thử", 2, null);
        communeA = StoreFixture.unit(store, "X01", "Xã An", 3, district);
        communeB = StoreFixture.unit(store, "X02", "Xã Bình", 3, district);
        villageA = StoreFixture.unit(store, "X01-T1", "Thôn 1", 4, communeA);
        plan(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
    }

    Plan plan(LocalDate from, LocalDate to) {
        plan = store.plans.save(new Plan(meta(district), "96/KH-UBND", "Kế hoạch thử", "UBND huyện", from, from, to));
        return plan;
    }

    Target target(String code, ActivityKind kind, Measure measure, Cadence cadence, long value, LocalDate from,
            LocalDate to, TargetFilter filter) {
        return store.targets.save(new Target(meta(district), plan.id(), code, "Chỉ tiêu " + code, kind, filter,
                measure, cadence, value, Scope.EACH, 3, from, to));
    }

    Target wholeTarget(String code, ActivityKind kind, Measure measure, Cadence cadence, long value,
            TargetFilter filter) {
        return store.targets.save(new Target(meta(district), plan.id(), code, "Chỉ tiêu " + code, kind, filter,
                measure, cadence, value, Scope.WHOLE, null, null, null));
    }

    Broadcast broadcast(Unit unit, LocalDate day, Production production, int minutes, String topic) {
        return store.broadcasts.save(new Broadcast(meta(unit), day, Slot.MORNING, "Chuyên mục " + day, production,
                minutes, topic, ""));
    }

    Broadcast broadcast(Unit unit, LocalDate day) {
        return broadcast(unit, day, Production.NEW, 10, "");
    }

    Banner banner(Unit unit, LocalDate day, BannerKind kind, int quantity) {
        return store.banners.save(new Banner(meta(unit), day, null, kind, "CHÀO MỪNG", quantity, "Trụ sở", ""));
    }

    TeamSession session(Unit unit, LocalDate day, String topic, int people) {
        return store.sessions.save(new TeamSession(meta(unit), day, topic, people, 0, "Nhà văn hóa", ""));
    }

    static UnitProgress unit(TargetProgress progress, Unit unit) {
        return progress.units().stream().filter(u -> u.unit().id().equals(unit.id())).findFirst().orElseThrow();
    }

    static List<UUID> ids(TargetProgress progress) {
        return progress.units().stream().map(u -> u.unit().id()).toList();
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }
}
