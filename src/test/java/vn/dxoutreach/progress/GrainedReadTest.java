package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.dxoutreach.store.ActivityTable;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.store.UnitReorganisation;

/**
 * The engine reads whole weeks and months from the kept period totals and single days only where a
 * sum begins or ends inside a period; its numbers must be those of reading every day. Units move and
 * merge on a Wednesday mid-month, windows begin and end mid-period, and "as of" falls on every weekday.
 */
class GrainedReadTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 16);
    private static final LocalDate PLAN_FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate PLAN_TO = LocalDate.of(2026, 6, 30);

    @TempDir
    Path folder;
    private Store store;
    private Plan plan;
    private final List<Target> targets = new ArrayList<>();

    @BeforeEach
    void data() {
        store = StoreFixture.open(folder);
        Unit province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
        Unit district = StoreFixture.unit(store, "001", "Huyện Một", 2, province, null, REFORM.minusDays(1), List.of());
        Unit a = StoreFixture.unit(store, "00001", "Xã A", 3, district);
        Unit b = StoreFixture.unit(store, "00002", "Xã B", 3, district);
        Unit c = StoreFixture.unit(store, "00003", "Xã C", 3, district);
        Unit village = StoreFixture.unit(store, "00003-01", "Thôn Đông", 4, c);
        UnitReorganisation reorganisation = new UnitReorganisation(store);
        Unit formed = reorganisation.mergeIntoNew(List.of(a.id(), b.id()), "10001", "Xã Hòa Bình", 3, province.id(),
                REFORM);
        reorganisation.move(c.id(), province.id(), REFORM);
        reorganisation.move(village.id(), formed.id(), REFORM);
        plan = store.plans.save(new Plan(RecordMeta.fresh(province.id(), StoreFixture.NOW), "12/KH-UBND", "Kế hoạch",
                "UBND tỉnh", PLAN_FROM, PLAN_FROM, PLAN_TO));
        Random random = new Random(17);
        List<Unit> before = List.of(a, b, c, village);
        List<Unit> after = List.of(formed, c, village);
        List<Broadcast> broadcasts = new ArrayList<>();
        List<Banner> banners = new ArrayList<>();
        List<TeamSession> sessions = new ArrayList<>();
        for (LocalDate day = PLAN_FROM.minusDays(20); !day.isAfter(PLAN_TO); day = day.plusDays(1)) {
            List<Unit> units = day.isBefore(REFORM) ? before : after;
            for (Unit unit : units) {
                if (random.nextInt(3) == 0) {
                    broadcasts.add(new Broadcast(meta(unit), day, Slot.MORNING, "Chuyên mục", random.nextBoolean()
                            ? Production.NEW : Production.RERUN, 5 + random.nextInt(20),
                            random.nextBoolean() ? "VNeID" : "Kỹ năng số", ""));
                }
                if (random.nextInt(9) == 0) {
                    banners.add(new Banner(meta(unit), day, null, random.nextBoolean() ? BannerKind.BANNER
                            : BannerKind.POSTER, "CHÀO MỪNG", 1 + random.nextInt(4), "Trụ sở", ""));
                }
                if (random.nextInt(6) == 0) {
                    sessions.add(new TeamSession(meta(unit), day, random.nextBoolean() ? "VNeID" : "Kỹ năng số",
                            random.nextInt(30), 0, "Nhà văn hóa", ""));
                }
            }
        }
        store.broadcasts.putAll(broadcasts);
        store.banners.putAll(banners);
        store.sessions.putAll(sessions);
        // a few single writes too, through the per-row triggers
        store.broadcasts.save(new Broadcast(meta(c), LocalDate.of(2025, 9, 10), Slot.EVENING, "Thêm", Production.NEW,
                45, "VNeID", ""));
        target(ActivityKind.BROADCAST, Measure.COUNT, Cadence.WEEK, 2, null, null, TargetFilter.NONE, 3);
        target(ActivityKind.BROADCAST, Measure.MINUTES, Cadence.MONTH, 60, LocalDate.of(2025, 2, 13),
                LocalDate.of(2026, 5, 20), TargetFilter.NONE, 3);
        target(ActivityKind.BROADCAST, Measure.COUNT, Cadence.QUARTER, 20, null, null,
                new TargetFilter(true, null, null, null, null), 3);
        target(ActivityKind.BROADCAST, Measure.COUNT, Cadence.MONTH, 3, LocalDate.of(2025, 3, 5), null,
                new TargetFilter(false, null, "vneid", null, null), 3);
        target(ActivityKind.BROADCAST, Measure.COUNT, Cadence.WEEK, 1, LocalDate.of(2025, 4, 10),
                LocalDate.of(2026, 1, 7), new TargetFilter(false, 4, null, null, null), 3);
        target(ActivityKind.BROADCAST, Measure.MINUTES, Cadence.YEAR, 900, null, null, TargetFilter.NONE, 2);
        target(ActivityKind.BANNER, Measure.QUANTITY, Cadence.QUARTER, 3, null, null,
                new TargetFilter(false, null, null, BannerKind.BANNER, null), 3);
        target(ActivityKind.BANNER, Measure.COUNT, Cadence.PERIOD, 10, LocalDate.of(2025, 5, 21),
                LocalDate.of(2026, 2, 11), TargetFilter.NONE, 3);
        target(ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.MONTH, 40, null, null, TargetFilter.NONE, 3);
        target(ActivityKind.TEAM_SESSION, Measure.COUNT, Cadence.WEEK, 1, null, LocalDate.of(2025, 12, 24),
                new TargetFilter(false, null, null, null, "Kỹ năng số"), 3);
        target(ActivityKind.TEAM_SESSION, Measure.PEOPLE, Cadence.PERIOD, 500, null, null, TargetFilter.NONE, 3);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void wholePeriodsAndSingleDaysGiveTheNumbersOfEveryDay() {
        ProgressEngine grained = new ProgressEngine(store);
        ProgressEngine daily = ProgressEngine.dayByDay(store);
        for (LocalDate asOf = LocalDate.of(2025, 1, 1); asOf.isBefore(LocalDate.of(2026, 8, 1));
                asOf = asOf.plusDays(11)) {
            for (Target target : targets) {
                assertThat(grained.evaluate(target, plan, asOf)).as(target.code() + " as of " + asOf)
                        .isEqualTo(daily.evaluate(target, plan, asOf));
            }
        }
    }

    @Test
    void aReportWindowCutInsidePeriodsGivesTheNumbersOfEveryDay() {
        ProgressEngine grained = new ProgressEngine(store);
        ProgressEngine daily = ProgressEngine.dayByDay(store);
        LocalDate asOf = LocalDate.of(2026, 3, 18);
        for (Target target : targets) {
            Target window = target.withWindow(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 14));
            assertThat(grained.evaluate(window, plan, asOf)).as(target.code())
                    .isEqualTo(daily.evaluate(window, plan, asOf));
        }
    }

    @Test
    void aPlanEvaluatedWithItsReadsAheadGivesTheNumbersOfEachTargetAlone() {
        ProgressEngine daily = ProgressEngine.dayByDay(store);
        for (LocalDate asOf = LocalDate.of(2025, 2, 3); asOf.isBefore(LocalDate.of(2026, 8, 1));
                asOf = asOf.plusDays(47)) {
            // a fresh engine each time: every read is made ahead, on the reading thread
            PlanProgress progress = new ProgressEngine(store).evaluate(plan, asOf);
            assertThat(progress.targets()).hasSize(targets.size());
            for (TargetProgress target : progress.targets()) {
                assertThat(target).as(target.target().code() + " as of " + asOf)
                        .isEqualTo(daily.evaluate(target.target(), plan, asOf));
            }
        }
    }

    @Test
    void noEvaluationReadsTheActivityRows() {
        LocalDate asOf = LocalDate.of(2026, 3, 18);
        PlanProgress before = new ProgressEngine(store).evaluate(plan, asOf);
        List<CumulativePoint> line = new ProgressEngine(store).cumulative(targets.get(0), plan, asOf);
        // every activity table out of the engine's reach: a query of one fails
        store.db().write(c -> {
            try (var statement = c.createStatement()) {
                for (ActivityKind kind : ActivityKind.values()) {
                    String table = ActivityTable.of(kind).table();
                    statement.execute("ALTER TABLE " + table + " RENAME TO hidden_" + table);
                }
            }
            return null;
        });
        ProgressEngine engine = new ProgressEngine(store);
        assertThat(engine.evaluate(plan, asOf)).isEqualTo(before);
        assertThat(engine.cumulative(targets.get(0), plan, asOf)).isEqualTo(line);
        assertThat(engine.evaluateYears(targets.get(5), plan, asOf)).isNotEmpty();
    }

    private void target(ActivityKind kind, Measure measure, Cadence cadence, long value, LocalDate from, LocalDate to,
            TargetFilter filter, int level) {
        targets.add(store.targets.save(new Target(RecordMeta.fresh(plan.meta().unitId(), StoreFixture.NOW), plan.id(),
                "CT" + (targets.size() + 1), "Chỉ tiêu", kind, filter, measure, cadence, value, Scope.EACH, level, from,
                to)));
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }
}
