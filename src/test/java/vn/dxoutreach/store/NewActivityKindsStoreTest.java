package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.domain.Unit;

/**
 * News items, events and materials are stored, found, searched and kept in the per-day totals by
 * every write path (one record, a bulk write, a change, a deletion), like the first three kinds.
 */
class NewActivityKindsStoreTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    @TempDir
    Path folder;

    private static long amount(Store store, ActivityKind kind, Measure measure, String detail, Unit unit) {
        return store.dailySeries.read(new SeriesRequest(kind, measure, false, detail, DAY.minusDays(1), DAY.plusDays(1)))
                .on(unit.id(), DAY);
    }

    private static NewsItem news(Unit unit, String channel, Integer views) {
        return new NewsItem(RecordMeta.fresh(unit.id(), StoreFixture.NOW), DAY, "Chuyển đổi số ở " + channel, channel,
                "https://xa.example.vn/tin/1", views, "VNeID", "", "");
    }

    @Test
    void newsItemsCountAndSumTheirViewsPerChannelAndFollowChangesAndDeletions() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = StoreFixture.unit(store, "X1", "Xã Một", 3, null);
            store.news.save(news(unit, "Cổng/Trang thông tin điện tử", 120));
            NewsItem zalo = store.news.save(news(unit, "Zalo", null));
            NewsItem gone = store.news.save(news(unit, "zalo ", 30));

            assertThat(amount(store, ActivityKind.NEWS, Measure.COUNT, null, unit)).isEqualTo(3);
            assertThat(amount(store, ActivityKind.NEWS, Measure.VIEWS, null, unit)).isEqualTo(150);
            assertThat(amount(store, ActivityKind.NEWS, Measure.COUNT, "ZALO", unit)).isEqualTo(2);

            store.news.save(new NewsItem(zalo.meta(), DAY, zalo.title(), "Facebook", "", 7, "", "", ""));
            store.news.delete(gone.meta().id());

            assertThat(amount(store, ActivityKind.NEWS, Measure.COUNT, "Zalo", unit)).isZero();
            assertThat(amount(store, ActivityKind.NEWS, Measure.VIEWS, "Facebook", unit)).isEqualTo(7);
            assertThat(amount(store, ActivityKind.NEWS, Measure.VIEWS, null, unit)).isEqualTo(127);
            assertThat(store.news.find(new ActivityQuery(null, null, null, "cong thong tin", 10))).hasSize(1);
        }
    }

    @Test
    void eventsCountOnTheirFirstDayWithTheirParticipantsAndMaterialsWithTheirQuantity() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = StoreFixture.unit(store, "X1", "Xã Một", 3, null);
            store.events.save(new OutreachEvent(RecordMeta.fresh(unit.id(), StoreFixture.NOW), DAY, DAY.plusDays(2),
                    "Ngày Chủ nhật số", "Ra quân/Ngày Chủ nhật số", "Đoàn Thanh niên", 85, "Nhà văn hóa", "", ""));
            store.materials.save(new Material(RecordMeta.fresh(unit.id(), StoreFixture.NOW), DAY, "Tờ rơi",
                    "Cảnh giác lừa đảo trực tuyến", 500, "", ""));
            store.materials.save(new Material(RecordMeta.fresh(unit.id(), StoreFixture.NOW), DAY, "Tin nhắn SMS",
                    "Cài đặt VNeID", 1200, "", ""));

            assertThat(amount(store, ActivityKind.EVENT, Measure.PARTICIPANTS, null, unit)).isEqualTo(85);
            assertThat(amount(store, ActivityKind.EVENT, Measure.COUNT, "ra quân/ngày chủ nhật số", unit)).isEqualTo(1);
            assertThat(store.dailySeries.read(new SeriesRequest(ActivityKind.EVENT, Measure.COUNT, false, null,
                    DAY.plusDays(1), DAY.plusDays(2))).on(unit.id(), DAY.plusDays(1))).isZero();
            assertThat(amount(store, ActivityKind.MATERIAL, Measure.QUANTITY, null, unit)).isEqualTo(1700);
            assertThat(amount(store, ActivityKind.MATERIAL, Measure.QUANTITY, "Tờ rơi", unit)).isEqualTo(500);
        }
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new OutreachEvent(RecordMeta.fresh(java.util.UUID.randomUUID(), StoreFixture.NOW), DAY,
                DAY.minusDays(1), "Hội nghị", "Hội nghị", "", 0, "", "", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appsInstalledByTeamSessionsAreAMeasureAlsoAfterABulkWrite() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = StoreFixture.unit(store, "X1", "Xã Một", 3, null);
            List<TeamSession> many = new ArrayList<>();
            for (int i = 0; i < BulkTotals.MIN_RECORDS + 5; i++) {
                many.add(new TeamSession(RecordMeta.fresh(unit.id(), StoreFixture.NOW), DAY, "VNeID", 2, 3, "", ""));
            }
            store.sessions.putAll(many);
            List<NewsItem> items = new ArrayList<>();
            for (int i = 0; i < BulkTotals.MIN_RECORDS; i++) {
                items.add(news(unit, "Facebook", 1));
            }
            store.news.putAll(items);

            assertThat(amount(store, ActivityKind.TEAM_SESSION, Measure.APPS, null, unit))
                    .isEqualTo(3L * (BulkTotals.MIN_RECORDS + 5));
            assertThat(amount(store, ActivityKind.TEAM_SESSION, Measure.APPS, "vneid", unit))
                    .isEqualTo(3L * (BulkTotals.MIN_RECORDS + 5));
            assertThat(amount(store, ActivityKind.NEWS, Measure.VIEWS, "Facebook", unit)).isEqualTo(BulkTotals.MIN_RECORDS);
        }
    }

    @Test
    void aListOffersTheShippedValuesThenTheOfficesOwnEachOnce() {
        try (Store store = StoreFixture.open(folder)) {
            Unit unit = StoreFixture.unit(store, "X1", "Xã Một", 3, null);
            store.choices.save(new ChoiceValue(RecordMeta.fresh(unit.id(), StoreFixture.NOW), ChoiceList.NEWS_CHANNEL,
                    "Loa truyền thanh thông minh"));
            store.choices.save(new ChoiceValue(RecordMeta.fresh(unit.id(), StoreFixture.NOW), ChoiceList.NEWS_CHANNEL,
                    " zalo "));

            List<String> channels = store.choices.values(ChoiceList.NEWS_CHANNEL);

            assertThat(channels).startsWith(ChoiceList.NEWS_CHANNEL.shipped().toArray(String[]::new))
                    .endsWith("Loa truyền thanh thông minh").doesNotHaveDuplicates()
                    .hasSize(ChoiceList.NEWS_CHANNEL.shipped().size() + 1);
            assertThat(store.choices.values(ChoiceList.EVENT_TYPE)).isEqualTo(ChoiceList.EVENT_TYPE.shipped());
        }
    }
}
