package vn.dxoutreach.ui.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.progress.DueReport;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class NextDueViewModelTest {

    @TempDir
    Path folder;

    private static Store openOn(Path folder, LocalDate day) {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return Store.open(new DataFolder(folder), Clock.fixed(day.atStartOfDay(zone).toInstant(), zone));
    }

    private static Plan district(Store store) {
        Unit district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
        Unit communeA = StoreFixture.unit(store, "X01", "Xã An Bình", 3, district);
        StoreFixture.unit(store, "X02", "Xã Hòa Lạc", 3, district);
        StoreFixture.unit(store, "X03", "Xã Minh Khai", 3, district);
        store.levels.replaceAll(List.of(new LevelName(2, "Huyện"), new LevelName(3, "Xã")));
        new Office(store).set(district);
        store.broadcasts.save(new vn.dxoutreach.domain.Broadcast(RecordMeta.fresh(communeA.id(), StoreFixture.NOW),
                LocalDate.of(2027, 3, 2), vn.dxoutreach.domain.Slot.MORNING, "Chuyên mục",
                vn.dxoutreach.domain.Production.NEW, 10, "", ""));
        return store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "96/KH-UBND",
                "Kế hoạch", "", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
    }

    @Test
    void theSummaryTellsTheReportTheDaysLeftAndWhatIsMissing() {
        try (Store store = openOn(folder, LocalDate.of(2027, 6, 3))) {
            Plan plan = district(store);
            NextDueViewModel model = new NextDueViewModel(store, new ProgressEngine(store), Messages.vietnamese());

            List<DueReport> due = model.due(plan);

            assertThat(due).hasSize(1);
            assertThat(model.summary(due.get(0))).isEqualTo("Báo cáo 6 tháng đầu năm 2027 — hạn 15/06/2027, còn 12"
                    + " ngày · 2 xã chưa có hoạt động · không có chỉ tiêu chậm");
            assertThat(model.idleLines(due.get(0))).containsExactly("Xã Hòa Lạc", "Xã Minh Khai");
        }
    }

    @Test
    void anOverdueReportSaysByHowManyDaysAndIsGoneOnceMarkedSent() {
        try (Store store = openOn(folder, LocalDate.of(2027, 6, 20))) {
            Plan plan = district(store);
            NextDueViewModel model = new NextDueViewModel(store, new ProgressEngine(store), Messages.vietnamese());
            DueReport overdue = model.due(plan).get(0);

            assertThat(model.summary(overdue)).startsWith("Báo cáo 6 tháng đầu năm 2027 — hạn 15/06/2027, đã quá hạn"
                    + " 5 ngày");
            model.markSubmitted(overdue);

            assertThat(model.due(plan)).extracting(d -> d.deadline().id()).doesNotContain(overdue.deadline().id());
            assertThat(store.deadlines.find(overdue.deadline().id()).orElseThrow().submittedOn())
                    .isEqualTo(LocalDate.of(2027, 6, 20));
        }
    }

    @Test
    void withoutAnOfficeNothingIsDue() {
        try (Store store = openOn(folder, LocalDate.of(2027, 6, 3))) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
            Plan plan = store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "96/KH-UBND",
                    "Kế hoạch", "", null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

            assertThat(new NextDueViewModel(store, new ProgressEngine(store), Messages.vietnamese()).due(plan))
                    .isEmpty();
        }
    }
}
