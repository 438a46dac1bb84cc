package vn.dxoutreach.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class TargetFormViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Plan plan;
    private TargetFormViewModel form;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        Unit district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        plan = store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "96/KH-UBND", "Kế hoạch",
                "UBND huyện", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        form = new TargetFormViewModel(store, Messages.vietnamese());
        form.startNew(plan, 3);
        form.codeProperty().set("CT01");
        form.nameProperty().set("Chuyên mục mỗi tuần");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theDefaultsOfANewTargetAreValid() {
        assertThat(form.validate().isEmpty()).isTrue();
    }

    @Test
    void measureMustFitTheActivityKind() {
        form.kindProperty().set(ActivityKind.BANNER);
        form.measureProperty().set(Measure.MINUTES);
        assertThat(form.validate().message(TargetFormViewModel.MEASURE)).hasValueSatisfying(
                m -> assertThat(m).contains("Số phút").contains("Băng rôn"));
        assertThat(TargetFormViewModel.measuresFor(ActivityKind.BANNER))
                .containsExactly(Measure.COUNT, Measure.QUANTITY);
    }

    @Test
    void changingTheKindDropsAMeasureThatNoLongerFits() {
        form.measureProperty().set(Measure.MINUTES);
        form.kindProperty().set(ActivityKind.TEAM_SESSION);
        assertThat(form.measureProperty().get()).isEqualTo(Measure.COUNT);
    }

    @Test
    void valueMustNotBeNegative() {
        form.valueProperty().set("-1");
        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.VALUE);
    }

    @Test
    void aWindowRepeatingEveryYearIsSavedAsSuch() {
        form.windowFromProperty().set("25/09/2025");
        form.windowToProperty().set("30/10/2025");
        form.repeatsYearlyProperty().set(true);

        assertThat(form.save().isEmpty()).isTrue();
        assertThat(store.targets.ofPlan(plan.id())).singleElement().satisfies(t -> {
            assertThat(t.repeatsYearly()).isTrue();
            assertThat(t.windowFrom()).isEqualTo(LocalDate.of(2025, 9, 25));
        });
    }

    @Test
    void aWindowRepeatingEveryYearNeedsItsDays() {
        form.repeatsYearlyProperty().set(true);

        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.WINDOW_TO);
    }

    @Test
    void windowMustLieInsideThePlanPeriod() {
        form.windowFromProperty().set("01/10/2024");
        form.windowToProperty().set("10/10/2025");
        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.WINDOW_FROM);
        form.windowFromProperty().set("10/10/2025");
        form.windowToProperty().set("01/10/2025");
        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.WINDOW_TO);
    }

    @Test
    void eachUnitScopeNeedsALevel() {
        form.scopeLevelProperty().set(null);
        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.SCOPE_LEVEL);
        form.scopeProperty().set(Scope.WHOLE);
        assertThat(form.validate().isEmpty()).isTrue();
    }

    @Test
    void codeIsUniqueWithinThePlan() {
        assertThat(form.save().isEmpty()).isTrue();
        form.startNew(plan, 3);
        form.codeProperty().set("ct01");
        form.nameProperty().set("Khác");
        assertThat(form.validate().fields()).containsExactly(TargetFormViewModel.CODE);
    }

    @Test
    void savedTargetKeepsOnlyTheFiltersOfItsKind() {
        form.kindProperty().set(ActivityKind.BANNER);
        form.measureProperty().set(Measure.QUANTITY);
        form.cadenceProperty().set(Cadence.PERIOD);
        form.valueProperty().set("5");
        form.windowFromProperty().set("01/10/2025");
        form.windowToProperty().set("10/10/2025");
        form.newProductionOnlyProperty().set(true);
        form.topicProperty().set("Chuyển đổi số");
        form.bannerKindProperty().set(BannerKind.SLOGAN);
        assertThat(form.save().isEmpty()).isTrue();
        Target saved = store.targets.ofPlan(plan.id()).get(0);
        assertThat(saved.value()).isEqualTo(5);
        assertThat(saved.scopeLevel()).isEqualTo(3);
        assertThat(saved.windowFrom()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(saved.filter().bannerKind()).isEqualTo(BannerKind.SLOGAN);
        assertThat(saved.filter().newProductionOnly()).isFalse();
        assertThat(saved.filter().topic()).isNull();
    }

    @Test
    void aTopicFilterPicksFromTheTopicsRecordedAndKeepsItsOwn() {
        Unit commune = StoreFixture.unit(store, "X01", "Xã An Bình", 3, null);
        for (String topic : new String[] {"Dịch vụ công trực tuyến", "VNeID", " VNeID ", ""}) {
            store.broadcasts.save(new vn.dxoutreach.domain.Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW),
                    LocalDate.of(2025, 3, 1), vn.dxoutreach.domain.Slot.MORNING, "Bản tin",
                    vn.dxoutreach.domain.Production.NEW, 15, topic, "", ""));
        }
        assertThat(form.broadcastTopics("Thanh toán không dùng tiền mặt")).containsExactly("Dịch vụ công trực tuyến",
                "Thanh toán không dùng tiền mặt", "VNeID");
    }

    @Test
    void aPortalTargetOnNewsKeepsItsChannelAndMeasure() {
        form.kindProperty().set(ActivityKind.NEWS);
        assertThat(TargetFormViewModel.measuresFor(ActivityKind.NEWS)).containsExactly(Measure.COUNT, Measure.VIEWS);
        form.choiceProperty().set("Cổng/Trang thông tin điện tử");
        form.topicProperty().set("Chuyển đổi số");

        assertThat(form.save().isEmpty()).isTrue();

        Target saved = store.targets.ofPlan(plan.id()).get(0);
        assertThat(saved.kind()).isEqualTo(ActivityKind.NEWS);
        assertThat(saved.filter().choice()).isEqualTo("Cổng/Trang thông tin điện tử");
        assertThat(saved.filter().topic()).isNull();
    }

    @Test
    void aChannelOrTypeFilterIsDroppedForTheFirstThreeKinds() {
        form.choiceProperty().set("Zalo");
        assertThat(form.save().isEmpty()).isTrue();
        assertThat(store.targets.ofPlan(plan.id()).get(0).filter().choice()).isNull();
    }

    @Test
    void theChoiceFilterOffersTheKindsListWithTheOfficesOwnValues() {
        Unit district = store.units.listLive().get(0);
        store.choices.save(new vn.dxoutreach.domain.ChoiceValue(RecordMeta.fresh(district.id(), StoreFixture.NOW),
                vn.dxoutreach.domain.ChoiceList.EVENT_TYPE, "Hội thi tin học"));
        assertThat(form.choiceValues(ActivityKind.BROADCAST, "")).isEmpty();

        assertThat(form.choiceValues(ActivityKind.EVENT, "Loại đã gỡ")).startsWith("Hội nghị").contains("Hội thi tin học").endsWith("Loại đã gỡ");
    }
}
