package vn.dxoutreach.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.ui.dashboard.StartChecklistViewModel.Step;

class StartChecklistViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit commune;
    private StartChecklistViewModel model;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        commune = StoreFixture.unit(store, "12001", "Xã An Hòa", 2, null);
        model = new StartChecklistViewModel(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void isHiddenUnlessTheWelcomeOpenedIt() {
        assertThat(model.read().shown()).isFalse();
    }

    @Test
    void aFreshOfficeHasNothingTicked() {
        StartChecklistViewModel.open(store);
        assertThat(model.read().shown()).isTrue();
        assertThat(model.read().done()).isEmpty();
    }

    @Test
    void eachStepTicksItselfFromTheData() {
        StartChecklistViewModel.open(store);
        addPlan();
        assertThat(model.read().done()).containsExactly(Step.PLAN);

        addBroadcast();
        assertThat(model.read().done()).containsExactlyInAnyOrder(Step.PLAN, Step.RECORD);
    }

    @Test
    void staysClosedOnceEveryStepIsDone() {
        StartChecklistViewModel.open(store);
        addPlan();
        Broadcast airing = addBroadcast();
        store.exchange.recordReceived(new ReceivedPackage(UUID.randomUUID(), commune.id(), null, null, 1L, 1L, 0));
        assertThat(model.read().shown()).isFalse();

        store.broadcasts.delete(airing.meta().id());
        assertThat(model.read().shown()).isFalse();
    }

    @Test
    void dismissingHidesItForGood() {
        StartChecklistViewModel.open(store);
        model.dismiss();
        assertThat(model.read().shown()).isFalse();
    }

    private void addPlan() {
        store.plans.save(new Plan(RecordMeta.fresh(commune.id(), StoreFixture.NOW), "12/KH-UBND", "Kế hoạch", "",
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    private Broadcast addBroadcast() {
        return store.broadcasts.save(new Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW),
                LocalDate.of(2026, 10, 5), Slot.MORNING, "Chuyên mục Chuyển đổi số", Production.NEW, 15, "", ""));
    }
}
