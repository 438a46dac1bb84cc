package vn.dxoutreach.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The HanBaoCao sheet: a standard report is the plan's default of that year, an own report is added. */
class DeadlineRowsTest {

    private static final String HEADER = "Số ký hiệu kế hoạch;Loại báo cáo;Tên báo cáo;Kỳ báo cáo từ ngày;"
            + "Kỳ báo cáo đến ngày;Hạn gửi;Ngày đã gửi\n";

    @TempDir
    Path folder;
    private Store store;
    private Plan plan;
    private Importer importer;

    @BeforeEach
    void officeWithAPlan() {
        store = StoreFixture.open(folder.resolve("data"));
        Unit district = StoreFixture.unit(store, "H01", "Huyện Thử", 2, null);
        new Office(store).set(district);
        plan = store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "96/KH-UBND", "Kế hoạch",
                "UBND huyện", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        importer = new Importer(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportPreview importRows(String rows) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(String.valueOf(System.nanoTime())));
        Path file = dir.resolve("HanBaoCao.csv");
        Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
        return importer.importFiles(List.of(file), Progress.NONE);
    }

    @Test
    void aStandardReportIsThePlansDefaultAndAnOwnReportIsAdded() throws Exception {
        String rows = "96/KH-UBND;6 tháng;;01/01/2026;30/06/2026;15/06/2026;12/06/2026\n"
                + "96/KH-UBND;Khác;Báo cáo sơ kết quý III;01/07/2026;30/09/2026;05/10/2026;\n";

        ImportPreview first = importRows(rows);

        assertThat(first.problems()).isEmpty();
        List<ReportDeadline> all = store.deadlines.forPlan(plan);
        assertThat(all).filteredOn(d -> d.type() == ReportType.HALF_YEAR).singleElement().satisfies(d -> {
            assertThat(d.id()).isEqualTo(ReportDeadline.defaultId(plan.id(), ReportType.HALF_YEAR, 2026));
            assertThat(d.submittedOn()).isEqualTo(LocalDate.of(2026, 6, 12));
        });
        assertThat(all).filteredOn(d -> d.type() == ReportType.CUSTOM).singleElement()
                .satisfies(d -> assertThat(d.name()).isEqualTo("Báo cáo sơ kết quý III"));
        assertThat(all).hasSize(ReportDeadline.defaults(plan).size() + 1);
        assertThat(importRows(rows).changesSomething()).isFalse();
    }

    @Test
    void aMonthlyReportIsThePlansOneOfItsMonthAndSwitchesTheMonthlyReportsOnFromIt() throws Exception {
        String rows = "96/KH-UBND;Báo cáo tháng;;15/02/2026;14/03/2026;18/03/2026;17/03/2026\n"
                + "96/KH-UBND;Báo cáo quý;;15/12/2025;14/03/2026;20/03/2026;\n";

        ImportPreview first = importRows(rows);

        assertThat(first.problems()).isEmpty();
        List<ReportDeadline> all = store.deadlines.forPlan(plan);
        assertThat(all).filteredOn(d -> d.type() == ReportType.MONTHLY).first().satisfies(d -> {
            assertThat(d.id()).isEqualTo(ReportDeadline.recurringId(plan.id(), ReportType.MONTHLY,
                    new ReportType.YearPeriod(2026, 3)));
            assertThat(d.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 17));
        });
        // the quarter waits, so the plan's quarterly reports are on: the three quarters after it follow
        assertThat(all).filteredOn(d -> d.type() == ReportType.QUARTERLY).extracting(ReportDeadline::due)
                .containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 6, 20), LocalDate.of(2026, 9, 20),
                        LocalDate.of(2026, 12, 20));
        assertThat(importRows(rows).changesSomething()).isFalse();
    }

    @Test
    void anUnknownPlanAndADueDayBeforeThePeriodAreProblems() throws Exception {
        ImportPreview preview = importRows("1/KH;Cả năm;;01/01/2026;31/12/2026;15/12/2026;\n"
                + "96/KH-UBND;Khác;Báo cáo riêng;01/07/2026;30/09/2026;05/06/2026;\n");

        assertThat(preview.problems()).extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("Số ký hiệu kế hoạch", "Hạn gửi");
        assertThat(store.deadlines.ofPlan(plan.id())).isEmpty();
    }
}
