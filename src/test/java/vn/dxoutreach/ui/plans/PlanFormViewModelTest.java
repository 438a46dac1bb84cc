package vn.dxoutreach.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class PlanFormViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit office;
    private PlanFormViewModel form;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        office = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        form = new PlanFormViewModel(store, Messages.vietnamese(), office.id());
        form.startNew();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void symbolTitleAndPeriodAreRequired() {
        assertThat(form.save().fields()).containsExactly(PlanFormViewModel.SYMBOL, PlanFormViewModel.TITLE,
                PlanFormViewModel.PERIOD_FROM, PlanFormViewModel.PERIOD_TO);
        assertThat(store.plans.countLive()).isZero();
    }

    @Test
    void periodMustNotEndBeforeItStarts() {
        fill("31/12/2025", "01/01/2025");
        assertThat(form.validate().fields()).containsExactly(PlanFormViewModel.PERIOD_TO);
    }

    @Test
    void aValidPlanBelongsToTheOffice() {
        fill("01/01/2025", "31/12/2025");
        form.issuedOnProperty().set("12/12/2024");
        assertThat(form.save().isEmpty()).isTrue();
        Plan saved = store.plans.findBySymbol("96/KH-UBND").orElseThrow();
        assertThat(saved.meta().unitId()).isEqualTo(office.id());
        assertThat(saved.issuedOn()).isEqualTo(LocalDate.of(2024, 12, 12));
    }

    @Test
    void aNewPlanComesWithTheSeedsReportDeadlines() {
        fill("01/01/2025", "31/12/2025");
        form.save();
        Plan saved = form.current().orElseThrow();
        assertThat(store.deadlines.ofPlan(saved.id())).extracting(d -> d.due()).containsExactly(
                LocalDate.of(2025, 6, 15), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 15));
    }

    private void fill(String from, String to) {
        form.symbolProperty().set("96/KH-UBND");
        form.titleProperty().set("Kế hoạch tuyên truyền");
        form.periodFromProperty().set(from);
        form.periodToProperty().set(to);
    }
}
