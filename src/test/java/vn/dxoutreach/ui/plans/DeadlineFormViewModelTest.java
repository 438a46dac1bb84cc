package vn.dxoutreach.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class DeadlineFormViewModelTest {

    @TempDir
    Path folder;
    private Store store;
    private Plan plan;
    private DeadlineFormViewModel form;

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        Unit office = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        plan = store.plans.save(new Plan(RecordMeta.fresh(office.id(), StoreFixture.NOW), "96/KH-UBND",
                "Kế hoạch tuyên truyền", "", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        form = new DeadlineFormViewModel(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewDeadlineNeedsANameAndADueDayAndStartsWithThePlansPeriod() {
        form.startNew(plan);

        assertThat(form.periodFromProperty().get()).isEqualTo("01/01/2025");
        assertThat(form.save().fields()).containsExactly(DeadlineFormViewModel.NAME, DeadlineFormViewModel.DUE);
        assertThat(store.deadlines.ofPlan(plan.id())).isEmpty();
    }

    @Test
    void theDueDayMayNotComeBeforeThePeriodBegins() {
        form.startNew(plan);
        fill("Báo cáo quý III", "01/07/2025", "30/09/2025", "30/06/2025");

        assertThat(form.validate().message(DeadlineFormViewModel.DUE))
                .contains("Hạn gửi không được trước ngày bắt đầu kỳ báo cáo.");
    }

    @Test
    void aPeriodOutsideThePlanIsRefusedNamingThePlansPeriod() {
        form.startNew(plan);
        fill("Báo cáo quý I", "01/01/2026", "31/03/2026", "05/04/2026");

        assertThat(form.validate().message(DeadlineFormViewModel.PERIOD_FROM)).contains(
                "Kỳ báo cáo phải nằm trong thời gian thực hiện kế hoạch (01/01/2025 – 31/12/2025) hoặc giao với nó.");
    }

    @Test
    void aPeriodOverlappingThePlanIsAccepted() {
        form.startNew(plan);
        fill("Báo cáo tổng kết", "01/07/2025", "30/06/2026", "15/07/2026");

        assertThat(form.save().isEmpty()).isTrue();
        ReportDeadline saved = store.deadlines.ofPlan(plan.id()).get(0);
        assertThat(saved.type()).isEqualTo(ReportType.CUSTOM);
        assertThat(saved.title(Messages.vietnamese())).isEqualTo("Báo cáo tổng kết");
        assertThat(saved.meta().unitId()).isEqualTo(plan.meta().unitId());
    }

    @Test
    void aMistypedDateIsReportedAndNothingIsSaved() {
        form.startNew(plan);
        fill("Báo cáo quý III", "01/07/2025", "31/09/2025", "05/10/2025");

        assertThat(form.save().fields()).containsExactly(DeadlineFormViewModel.PERIOD_TO);
        assertThat(store.deadlines.ofPlan(plan.id())).isEmpty();
    }

    @Test
    void aDefaultKeepsItsStandardNameWhileTheNameIsBlankAndRecordsTheDayItWasSent() {
        ReportDeadline halfYear = store.deadlines.forPlan(plan).get(0);
        form.startEdit(plan, halfYear);
        form.dueProperty().set("10/06/2025");
        form.submittedOnProperty().set("09/06/2025");

        assertThat(form.standardName()).isEqualTo("Báo cáo 6 tháng đầu năm 2025");
        assertThat(form.save().isEmpty()).isTrue();
        ReportDeadline saved = store.deadlines.find(halfYear.id()).orElseThrow();
        assertThat(saved.title(Messages.vietnamese())).isEqualTo("Báo cáo 6 tháng đầu năm 2025");
        assertThat(saved.due()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(saved.submittedOn()).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    private void fill(String name, String from, String to, String due) {
        form.nameProperty().set(name);
        form.periodFromProperty().set(from);
        form.periodToProperty().set(to);
        form.dueProperty().set(due);
    }
}
