package vn.dxoutreach.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The figures worked out while the window opens are handed to Tổng quan of that store, once. */
class FirstFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    @Test
    void theDashboardOfTheStoreGetsTheEngineThatWorkedOutItsFiguresOnce() {
        try (Store store = StoreFixture.open(folder.resolve("a")); Store other = StoreFixture.open(folder.resolve("b"))) {
            new SampleDataGenerator(store).generate(SampleSize.DISTRICT, TODAY, 3);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                    ZoneId.of("Asia/Ho_Chi_Minh"));
            ProgressEngine working = FirstFigures.prepare(store, clock);

            ProgressEngine forOther = FirstFigures.engineFor(other);
            ProgressEngine prepared = FirstFigures.engineFor(store);
            ProgressEngine later = FirstFigures.engineFor(store);

            assertThat(prepared).isSameAs(working);
            assertThat(forOther).isNotSameAs(working);
            assertThat(later).isNotSameAs(prepared);
            DashboardViewModel model = new DashboardViewModel(store, clock, Messages.vietnamese());
            Plan plan = model.defaultPlan().orElseThrow();
            assertThat(prepared.evaluate(plan, TODAY)).isEqualTo(new ProgressEngine(store).evaluate(plan, TODAY));
        }
    }
}
