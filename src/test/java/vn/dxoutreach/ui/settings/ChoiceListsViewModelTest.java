package vn.dxoutreach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class ChoiceListsViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit district;
    private ChoiceListsViewModel model;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        district = StoreFixture.unit(store, "H01", "Huyện A", 2, null);
        new Office(store).set(district);
        model = new ChoiceListsViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anOwnValueJoinsTheListThePickersOffer() {
        model.add(ChoiceList.NEWS_CHANNEL, "  Trang Zalo của xã ");

        assertThat(model.load(ChoiceList.NEWS_CHANNEL).own()).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo("Trang Zalo của xã"))
                .satisfies(v -> assertThat(v.removable()).isTrue());
        assertThat(store.choices.values(ChoiceList.NEWS_CHANNEL)).endsWith("Trang Zalo của xã");
    }

    @Test
    void blankOrKnownValuesAreRefusedWithAReason() {
        model.add(ChoiceList.EVENT_TYPE, "Hội thi");
        ChoiceListsViewModel.Shown shown = model.load(ChoiceList.EVENT_TYPE);

        assertThat(model.problem(shown, "  ")).hasValue("Hãy nhập giá trị cần thêm.");
        assertThat(model.problem(shown, "hội nghị ")).hasValue("\"hội nghị\" đã có trong danh sách.");
        assertThat(model.problem(shown, "HỘI THI")).isPresent();
        assertThat(model.problem(shown, "Hội chợ")).isEmpty();
    }

    @Test
    void removingAValueLeavesTheRecordsThatUseIt() {
        model.add(ChoiceList.NEWS_CHANNEL, "Trang Zalo của xã");
        NewsItem item = store.news.save(new NewsItem(RecordMeta.fresh(district.id(), StoreFixture.NOW),
                LocalDate.of(2024, 3, 1), "Tin", "Trang Zalo của xã", "", null, "", "", ""));

        model.remove(model.load(ChoiceList.NEWS_CHANNEL).own().get(0).id());

        assertThat(model.load(ChoiceList.NEWS_CHANNEL).own()).isEmpty();
        assertThat(store.choices.values(ChoiceList.NEWS_CHANNEL)).doesNotContain("Trang Zalo của xã");
        assertThat(store.news.find(item.meta().id()).orElseThrow().channel()).isEqualTo("Trang Zalo của xã");
    }

    @Test
    void aValueFromTheHigherOfficeIsShownButNotRemovable() {
        Unit province = StoreFixture.unit(store, "T01", "Tỉnh", 1, null);
        store.choices.save(new ChoiceValue(RecordMeta.fresh(province.id(), StoreFixture.NOW),
                ChoiceList.MATERIAL_TYPE, "Bản tin ảnh"));

        assertThat(model.load(ChoiceList.MATERIAL_TYPE).own()).singleElement()
                .satisfies(v -> assertThat(v.removable()).isFalse());
    }
}
