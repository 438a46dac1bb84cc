package vn.dxoutreach.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxoutreach.progress.ProgressFixture.unit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** Targets on news items, events, materials and the apps team sessions installed, and the records behind them. */
class ChannelProgressTest {

    private static final String PORTAL = "Cổng/Trang thông tin điện tử";

    private Store store;
    private ProgressFixture f;
    private ProgressEngine engine;

    @BeforeEach
    void aDistrictWithTwoCommunes(@TempDir Path folder) {
        store = StoreFixture.open(folder);
        engine = new ProgressEngine(store);
        f = new ProgressFixture(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static LocalDate d(int m, int day) {
        return LocalDate.of(2022, m, day);
    }

    private NewsItem news(Unit unit, LocalDate day, String channel, Integer views) {
        return store.news.save(new NewsItem(meta(unit), day, "Tin " + day, channel, "https://xa.example/" + day, views,
                "", "", ""));
    }

    private OutreachEvent event(Unit unit, LocalDate start, LocalDate end, String type, int participants) {
        return store.events.save(new OutreachEvent(meta(unit), start, end, "Sự kiện " + start, type, "UBND xã",
                participants, "Hội trường", "", ""));
    }

    private Material material(Unit unit, LocalDate day, String type, int quantity) {
        return store.materials.save(new Material(meta(unit), day, type, type + " " + day, quantity, "", ""));
    }

    private static RecordMeta meta(Unit unit) {
        return RecordMeta.fresh(unit.id(), StoreFixture.NOW);
    }

    @Test
    void aWeeklyPortalTargetCountsPortalItemsOfEachCommuneInEachWeek() {
        // "Cổng/Trang thông tin điện tử ≥ 1 tin bài/tuần", each commune, over the weeks 03–09/10 and 10–16/10
        Target portal = f.target("CT01", ActivityKind.NEWS, Measure.COUNT, Cadence.WEEK, 1, d(10, 3), d(10, 16),
                TargetFilter.ofChoice(null, PORTAL));
        news(f.communeA, d(10, 5), PORTAL, 200);
        news(f.villageA, d(10, 12), " cổng/trang THÔNG TIN điện tử ", null);
        news(f.communeB, d(10, 5), "Facebook", 900);
        news(f.communeB, d(10, 14), PORTAL, null);

        TargetProgress p = engine.evaluate(portal, f.plan, d(10, 17));

        assertThat(p.buckets()).extracting(Bucket::from).containsExactly(d(10, 3), d(10, 10));
        // the village's item, with the channel typed otherwise, counts for its commune
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET, PairState.MET);
        // the Facebook post is not a portal item
        assertThat(unit(p, f.communeB).pairs()).containsExactly(PairState.MISSED, PairState.MET);
        assertThat(p.attainment()).hasValue(0.75);
        assertThat(p.fullyCompliantUnits()).isEqualTo(1);
    }

    @Test
    void theRecordsBehindAPortalFigureAreThePortalItemsWithTheirChannel() {
        Target portal = f.target("CT01", ActivityKind.NEWS, Measure.COUNT, Cadence.WEEK, 1, d(10, 3), d(10, 16),
                TargetFilter.ofChoice(null, PORTAL));
        NewsItem item = news(f.communeB, d(10, 14), PORTAL, null);
        news(f.communeB, d(10, 5), "Facebook", 900);

        List<ActivityRef> refs = engine.activities(portal, f.plan, f.communeB, d(10, 3), d(10, 16));

        assertThat(refs).singleElement().satisfies(ref -> {
            assertThat(ref.kind()).isEqualTo(ActivityKind.NEWS);
            assertThat(ref.id()).isEqualTo(item.meta().id());
            assertThat(ref.title()).isEqualTo("Tin 2022-10-14 (" + PORTAL + ")");
            assertThat(ref.measureValue()).isEqualTo(1);
        });
    }

    @Test
    void viewsNotKnownAddNothingToAViewsTarget() {
        Target views = f.target("CT02", ActivityKind.NEWS, Measure.VIEWS, Cadence.PERIOD, 1000, d(10, 1), d(10, 31),
                TargetFilter.NONE);
        news(f.communeA, d(10, 5), PORTAL, 700);
        news(f.communeA, d(10, 6), "Zalo", null);
        news(f.communeA, d(10, 7), "Facebook", 400);

        TargetProgress p = engine.evaluate(views, f.plan, d(11, 1));

        assertThat(unit(p, f.communeA).total()).isEqualTo(1100);
        assertThat(engine.activities(views, f.plan, f.communeA, d(10, 1), d(10, 31)))
                .extracting(ActivityRef::measureValue).containsExactly(700L, 0L, 400L);
    }

    @Test
    void anEventCountsInTheWeekOfItsFirstDayEvenWhenItRunsIntoTheNext() {
        Target weekly = f.target("CT03", ActivityKind.EVENT, Measure.COUNT, Cadence.WEEK, 1, d(10, 3), d(10, 16),
                TargetFilter.NONE);
        // a training from Sunday 09/10 to Monday 10/10: two ISO weeks
        OutreachEvent training = event(f.communeA, d(10, 9), d(10, 10), "Tập huấn", 30);

        TargetProgress p = engine.evaluate(weekly, f.plan, d(10, 17));

        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET, PairState.MISSED);
        assertThat(engine.activities(weekly, f.plan, f.communeA, d(10, 3), d(10, 9)))
                .extracting(ActivityRef::id).containsExactly(training.meta().id());
        assertThat(engine.activities(weekly, f.plan, f.communeA, d(10, 10), d(10, 16))).isEmpty();
    }

    @Test
    void anEventTypeFilterAndParticipantsMeasureSumTheEventsOfThatType() {
        Target sundays = f.target("CT04", ActivityKind.EVENT, Measure.PARTICIPANTS, Cadence.PERIOD, 100, d(10, 1),
                d(10, 10), TargetFilter.ofChoice(null, "Ra quân/Ngày Chủ nhật số"));
        event(f.communeA, d(10, 2), d(10, 2), "Ra quân/Ngày Chủ nhật số", 80);
        event(f.communeA, d(10, 9), d(10, 9), "ra quân/ngày chủ nhật số", 50);
        event(f.communeB, d(10, 2), d(10, 2), "Hội nghị", 300);

        TargetProgress p = engine.evaluate(sundays, f.plan, d(10, 11));

        assertThat(unit(p, f.communeA).total()).isEqualTo(130);
        assertThat(unit(p, f.communeB).total()).isZero();
        assertThat(p.metPairs()).isEqualTo(1);
    }

    @Test
    void aMaterialsQuantityTargetSumsTheCopiesOfTheTypeAsked() {
        Target leaflets = f.target("CT05", ActivityKind.MATERIAL, Measure.QUANTITY, Cadence.PERIOD, 500, d(9, 20),
                d(10, 10), TargetFilter.ofChoice(null, "Tờ rơi"));
        material(f.communeA, d(9, 25), "Tờ rơi", 300);
        material(f.communeA, d(10, 3), "Tờ rơi", 250);
        material(f.communeB, d(9, 28), "Tờ rơi", 200);
        material(f.communeB, d(10, 9), "Tin nhắn SMS", 5000);

        TargetProgress p = engine.evaluate(leaflets, f.plan, d(10, 11));

        assertThat(unit(p, f.communeA).total()).isEqualTo(550);
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET);
        assertThat(unit(p, f.communeB).total()).isEqualTo(200);
        assertThat(unit(p, f.communeB).pairs()).containsExactly(PairState.MISSED);
        assertThat(engine.activities(leaflets, f.plan, f.communeB, d(9, 20), d(10, 10)))
                .extracting(ActivityRef::measureValue).containsExactly(200L);
    }

    @Test
    void anAppsTargetSumsTheAccountsAndAppsTheSessionsInstalled() {
        Target apps = f.target("CT06", ActivityKind.TEAM_SESSION, Measure.APPS, Cadence.MONTH, 20, d(3, 1), d(4, 30),
                TargetFilter.NONE);
        store.sessions.save(new TeamSession(meta(f.communeA), d(3, 4), "VNeID", 30, 15, "Nhà văn hóa", ""));
        store.sessions.save(new TeamSession(meta(f.villageA), d(3, 20), "Dịch vụ công", 10, 8, "Thôn 1", ""));
        store.sessions.save(new TeamSession(meta(f.communeA), d(4, 2), "VNeID", 40, 5, "Nhà văn hóa", ""));
        store.sessions.save(new TeamSession(meta(f.communeB), d(3, 9), "VNeID", 90, 0, "Chợ", ""));

        TargetProgress p = engine.evaluate(apps, f.plan, d(5, 1));

        // people helped are not apps installed: communeB helped 90 people and installed none
        assertThat(unit(p, f.communeA).pairs()).containsExactly(PairState.MET, PairState.MISSED);
        assertThat(unit(p, f.communeA).total()).isEqualTo(28);
        assertThat(unit(p, f.communeB).pairs()).containsExactly(PairState.MISSED, PairState.MISSED);
        assertThat(engine.activities(apps, f.plan, f.communeA, d(3, 1), d(3, 31)))
                .extracting(ActivityRef::measureValue).containsExactly(15L, 8L);
    }
}
