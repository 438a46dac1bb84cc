package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** {@code report} drafts a monthly report of the month asked for and marks it sent only when told. */
class ReportCommandTest {

    @TempDir
    Path folder;
    private Path data;
    private ReportDeadline march;

    @BeforeEach
    void aPlanWithMonthlyReports() {
        data = folder.resolve("data");
        try (Store store = StoreFixture.open(data)) {
            Unit province = StoreFixture.unit(store, "01", "Tỉnh Thử", 1, null);
            new Office(store).set(province);
            Plan plan = store.plans.save(new Plan(RecordMeta.fresh(province.id(), StoreFixture.NOW), "45/KH-UBND",
                    "Kế hoạch tuyên truyền chuyển đổi số", "UBND tỉnh", LocalDate.of(2025, 12, 1),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            store.deadlines.setRecurring(plan, ReportType.MONTHLY, 18);
            march = store.deadlines.forPlan(plan).stream().filter(d -> d.type() == ReportType.MONTHLY)
                    .filter(d -> d.periodTo().equals(LocalDate.of(2026, 3, 14))).findFirst().orElseThrow();
        }
    }

    private ReportDeadline stored() {
        try (Store store = StoreFixture.open(data)) {
            return store.deadlines.find(march.id()).orElseThrow();
        }
    }

    @Test
    void aMonthlyDraftHasTheMonthsTitleAndDecree09PeriodAndLeavesTheDeadlineOpen() throws Exception {
        Path pdf = folder.resolve("thang-3.pdf");

        CliRun run = CliRun.of(data, "report", "--plan", "45/KH-UBND", "--type", "monthly", "--year", "2026",
                "--month", "3", "--out", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("BÁO CÁO THÁNG 03/2026", "Số liệu tính từ ngày 15/02/2026 đến ngày 14/03/2026");
        }
        assertThat(stored().submittedOn()).isNull();
    }

    @Test
    void markSentMarksThatMonthsDeadlineAlone() {
        CliRun run = CliRun.of(data, "report", "--plan", "45/KH-UBND", "--type", "monthly", "--year", "2026",
                "--month", "3", "--mark-sent", "2026-03-17");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Báo cáo tháng 03/2026", "17/03/2026");
        assertThat(stored().submittedOn()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aMonthThatDoesNotExistIsSaidSo() {
        CliRun run = CliRun.of(data, "report", "--plan", "45/KH-UBND", "--type", "monthly", "--month", "13",
                "--mark-sent");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Kỳ báo cáo 13 không có");
    }
}
