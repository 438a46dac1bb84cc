package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

class StoreRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void migrationsCreateTheSchemaInAnEmptyFile() {
        try (Store store = StoreFixture.open(folder)) {
            assertThat(Files.exists(store.folder().database())).isTrue();
            assertThat(store.db().schemaVersion()).isGreaterThanOrEqualTo(1);
            assertThat(store.units.countLive()).isZero();
        }
    }

    @Test
    void everyRecordTypeSurvivesAReopen() {
        Unit commune;
        Broadcast broadcast;
        Banner banner;
        TeamSession session;
        Plan plan;
        Target target;
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
            Unit old = StoreFixture.unit(store, "X09", "Xã Cũ", 3, district, null, LocalDate.of(2025, 6, 30),
                    List.of());
            commune = StoreFixture.unit(store, "X01", "Xã Bình Minh", 3, district, LocalDate.of(2025, 7, 1), null,
                    List.of(old.id()));
            broadcast = store.broadcasts.save(new Broadcast(meta(commune), LocalDate.of(2024, 10, 5), Slot.EVENING,
                    "Chuyên mục Chuyển đổi số", Production.NEW, 15, "VNeID", "Có ghi âm", "Nguyễn Thị Hoa"));
            banner = store.banners.save(new Banner(meta(commune), LocalDate.of(2024, 10, 1), null,
                    BannerKind.LED_SCREEN, "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10", 2, "Trụ sở UBND", "",
                    "Trần Văn Nam"));
            session = store.sessions.save(new TeamSession(meta(commune), LocalDate.of(2024, 10, 8), "VNeID", 35, 20,
                    "Nhà văn hóa", "", "Lê Thị Mai"));
            plan = store.plans.save(new Plan(meta(district), "96/KH-UBND", "Kế hoạch", "UBND huyện",
                    LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)));
            target = store.targets.save(new Target(meta(district), plan.id(), "CT01", "Mỗi tuần 1 lần",
                    ActivityKind.BROADCAST, new TargetFilter(true, 3, "VNeID", null, null), Measure.COUNT,
                    Cadence.WEEK, 1, Scope.EACH, 3, null, null));
        }
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.units.find(commune.id())).contains(commune);
            assertThat(store.broadcasts.find(broadcast.meta().id())).contains(broadcast);
            assertThat(store.banners.find(banner.meta().id())).contains(banner);
            assertThat(store.sessions.find(session.meta().id())).contains(session);
            assertThat(store.plans.findBySymbol("96/KH-UBND")).contains(plan);
            assertThat(store.targets.ofPlan(plan.id())).containsExactly(target);
        }
    }

    @Test
    void deletionLeavesATombstoneThatCanBeUndone() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã A", 3, null);
            Broadcast b = store.broadcasts.save(new Broadcast(meta(commune), LocalDate.of(2024, 3, 4), Slot.MORNING,
                    "Bản tin", Production.RERUN, 10, "", ""));
            store.broadcasts.delete(b.meta().id());
            assertThat(store.broadcasts.listLive()).isEmpty();
            assertThat(store.broadcasts.find(b.meta().id())).hasValueSatisfying(
                    found -> assertThat(found.meta().deleted()).isTrue());
            store.broadcasts.undelete(b.meta().id());
            assertThat(store.broadcasts.listLive()).hasSize(1);
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã A", 3, null);
            assertThatThrownBy(() -> store.db().write(c -> {
                store.broadcasts.save(new Broadcast(meta(commune), LocalDate.of(2024, 3, 4), Slot.MORNING, "Bản tin",
                        Production.NEW, 10, "", ""));
                throw new IllegalStateException("disk full");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(store.broadcasts.countLive()).isZero();
        }
    }

    @Test
    void theDatabaseRefusesAnInvalidMinuteValue() {
        try (Store store = StoreFixture.open(folder)) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã A", 3, null);
            assertThatThrownBy(() -> store.broadcasts.save(new Broadcast(meta(commune), LocalDate.of(2024, 3, 4),
                    Slot.MORNING, "Bản tin", Production.NEW, 0, "", ""))).isInstanceOf(StoreException.class);
        }
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }
}
