package vn.dxoutreach.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class DashboardViewModelTest {

    @TempDir
    Path folder;

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void theDefaultPlanIsTheOneRunningTodayAndTheDayIsToday() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện", 2, null);
            plan(store, district, "01/KH", 2024);
            Plan running = plan(store, district, "02/KH", 2025);
            plan(store, district, "03/KH", 2026);
            DashboardViewModel model = new DashboardViewModel(store, on(LocalDate.of(2025, 5, 1)),
                    Messages.vietnamese());
            assertThat(model.defaultPlan()).contains(running);
            assertThat(model.today()).isEqualTo(LocalDate.of(2025, 5, 1));
        }
    }

    @Test
    void withoutARunningPlanTheNewestIsShown() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện", 2, null);
            plan(store, district, "01/KH", 2022);
            Plan newest = plan(store, district, "02/KH", 2023);
            DashboardViewModel model = new DashboardViewModel(store, on(LocalDate.of(2026, 1, 1)),
                    Messages.vietnamese());
            assertThat(model.defaultPlan()).contains(newest);
        }
    }

    @Test
    void theRowsAreTheEnginesNumbers() {
        try (Store store = StoreFixture.open(folder)) {
            new vn.dxoutreach.sample.SampleDataGenerator(store).generate(vn.dxoutreach.sample.SampleSize.DISTRICT,
                    LocalDate.of(2026, 11, 22), 3);
            DashboardViewModel model = new DashboardViewModel(store, on(LocalDate.of(2026, 11, 22)),
                    Messages.vietnamese());
            Plan plan = model.defaultPlan().orElseThrow();
            var shown = model.evaluate(plan, LocalDate.of(2026, 6, 30));
            var engine = new ProgressEngine(store).evaluate(plan, LocalDate.of(2026, 6, 30));
            assertThat(shown).isEqualTo(engine);
        }
    }

    @Test
    void theWholeDashboardPrintsEveryTargetDatedByTheClock() throws Exception {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            new vn.dxoutreach.sample.SampleDataGenerator(store).generate(vn.dxoutreach.sample.SampleSize.DISTRICT,
                    LocalDate.of(2026, 11, 22), 3);
            DashboardViewModel model = new DashboardViewModel(store, on(LocalDate.of(2026, 11, 20)),
                    Messages.vietnamese());
            var progress = model.evaluate(model.defaultPlan().orElseThrow(), LocalDate.of(2026, 6, 30));
            var pages = model.planDocument(progress);
            Path pdf = folder.resolve("plan.pdf");

            model.writePdf(pages, pdf);

            assertThat(pages.count()).isGreaterThan(progress.targets().size());
            try (var read = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read);
                assertThat(text).contains("Ngày in: 20/11/2026", "30/06/2026");
                progress.targets().forEach(t -> assertThat(text).contains(t.target().code()));
            }
        }
    }

    private static Plan plan(Store store, Unit unit, String symbol, int year) {
        return store.plans.save(new Plan(RecordMeta.fresh(unit.id(), StoreFixture.NOW), symbol, "Kế hoạch " + year,
                "UBND", LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
