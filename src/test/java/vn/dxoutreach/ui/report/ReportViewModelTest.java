package vn.dxoutreach.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.report.compose.SectionNotes;
import vn.dxoutreach.report.dossier.DossierFixture;
import vn.dxoutreach.report.dossier.DossierProgress;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class ReportViewModelTest {

    private static final ReportViewModel.Paragraphs EMPTY = new ReportViewModel.Paragraphs("", "", SectionNotes.NONE);

    @TempDir
    Path folder;
    private Store store;
    private DossierFixture fixture;

    @BeforeEach
    void open() throws Exception {
        store = StoreFixture.open(folder.resolve("data"));
        fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ReportViewModel model() {
        return new ReportViewModel(store, Messages.vietnamese());
    }

    private static ReportViewModel.Paragraphs written(String assessment, String directions) {
        return new ReportViewModel.Paragraphs(assessment, directions, SectionNotes.NONE);
    }

    @Test
    void savingADraftLeavesItsDeadlineOpen() throws Exception {
        ReportViewModel model = model();
        var deadline = store.deadlines.forPlan(fixture.plan).stream().filter(d -> d.type() == ReportType.EVENT)
                .findFirst().orElseThrow();

        model.export(model.draft(fixture.plan, ReportType.EVENT, deadline.periodFrom(), deadline.periodTo(), EMPTY),
                folder.resolve("nhap.docx"));

        assertThat(store.deadlines.find(deadline.id()).orElseThrow().submittedOn()).isNull();
    }

    @Test
    void markingAReportSentRecordsTheDayItWasSent() {
        ReportViewModel model = model();
        var deadline = store.deadlines.forPlan(fixture.plan).stream().filter(d -> d.type() == ReportType.EVENT)
                .findFirst().orElseThrow();
        java.time.LocalDate sent = deadline.due().minusDays(1);

        var marked = model.markSent(fixture.plan, ReportType.EVENT, deadline.periodFrom(), deadline.periodTo(), sent);

        assertThat(marked).hasValueSatisfying(d -> assertThat(d.submittedOn()).isEqualTo(sent));
        assertThat(model.markedSentMessage(marked, sent)).contains("đã gửi ngày "
                + vn.dxoutreach.text.Formats.date(sent));
    }

    @Test
    void theDossierIsWrittenWhileTheScreenIsToldHowFarItIs() throws Exception {
        ReportViewModel model = model();
        List<String> said = new ArrayList<>();
        Path pdf = folder.resolve("ho-so.pdf");

        int pages = model.dossier(fixture.plan, DossierFixture.FROM, DossierFixture.TO, pdf,
                (stage, done, total) -> said.add(model.dossierProgress(stage, done, total)));

        assertThat(pdf).exists();
        assertThat(said).contains("Đang thu thập minh chứng: 4/4 đơn vị…",
                "Đang ghi trang " + pages + "/" + pages + "…");
        assertThat(model.dossierProgress(DossierProgress.Stage.COLLECT, 1, 4))
                .isEqualTo("Đang thu thập minh chứng: 1/4 đơn vị…");
    }

    @Test
    void theDraftOfTheChosenReportNamesItsTitleAndFigures() {
        String draft = model().draftText(fixture.plan, ReportType.EVENT, DossierFixture.FROM, DossierFixture.TO,
                written("Hoàn thành tốt.", ""));

        assertThat(draft).startsWith("BÁO CÁO KẾT QUẢ HƯỞNG ỨNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA (10/10) NĂM 2026")
                .contains("đã phát 4 lượt", "Mã | Chỉ tiêu", "CT01", "Hoàn thành tốt.");
    }

    @Test
    void turningToAnotherYearKeepsWhatTheUserWroteForTheReportShown() {
        ReportViewModel model = model();
        var year2026 = new ReportViewModel.DraftKey(fixture.plan, ReportType.EVENT, 2026);
        var year2025 = new ReportViewModel.DraftKey(fixture.plan, ReportType.EVENT, 2025);
        model.show(year2026, EMPTY);

        var other = model.show(year2025, written("Đánh giá 2026", "Phương hướng 2026"));
        var back = model.show(year2026, other);

        assertThat(other).isEqualTo(EMPTY);
        assertThat(back).isEqualTo(written("Đánh giá 2026", "Phương hướng 2026"));
    }

    @Test
    void eachMonthlyReportKeepsItsOwnParagraphs() {
        ReportViewModel model = model();
        var march = new ReportViewModel.DraftKey(fixture.plan, ReportType.MONTHLY, 2026, 3);
        var april = new ReportViewModel.DraftKey(fixture.plan, ReportType.MONTHLY, 2026, 4);
        model.show(march, EMPTY);

        var other = model.show(april, written("Tháng 3 hoàn thành", ""));
        var back = model.show(march, other);

        assertThat(other).isEqualTo(EMPTY);
        assertThat(back).isEqualTo(written("Tháng 3 hoàn thành", ""));
    }

    @Test
    void theNotesUnderEverySectionOfPartOneAreKeptIncludingTheNewChannels() {
        var key = new ReportViewModel.DraftKey(fixture.plan, ReportType.YEAR, 2026);
        var notes = new ReportViewModel.Paragraphs("", "", new SectionNotes("Đài xã", "Băng rôn", "Tổ",
                "Cổng thông tin xã đăng đều", "Ngày Chủ nhật số đông vui", "Tờ rơi phát tận hộ"));
        ReportViewModel first = model();
        first.show(key, EMPTY);
        first.keep(notes);

        var again = model().show(key, EMPTY);

        assertThat(again).isEqualTo(notes);
    }

    @Test
    void theUsersParagraphsAreRememberedAfterTheScreenIsOpenedAgain() {
        var key = new ReportViewModel.DraftKey(fixture.plan, ReportType.YEAR, 2026);
        ReportViewModel first = model();
        first.show(key, EMPTY);
        first.keep(written("Đánh giá", "Kiến nghị"));

        var again = model().show(key, EMPTY);

        assertThat(again).isEqualTo(written("Đánh giá", "Kiến nghị"));
    }

    @Test
    void eachSectionsNoteIsKeptForItsOwnPlanTypeAndYearAndReadAgainLater() {
        var event = new ReportViewModel.DraftKey(fixture.plan, ReportType.EVENT, 2026);
        var notes = new SectionNotes("Đài xã phát bản tin.", "Treo băng rôn ở chợ.", "Tổ thôn hỗ trợ VNeID.");
        ReportViewModel first = model();
        first.show(event, EMPTY);

        var year = first.show(new ReportViewModel.DraftKey(fixture.plan, ReportType.YEAR, 2026),
                new ReportViewModel.Paragraphs("", "", notes));

        assertThat(year.notes()).isEqualTo(SectionNotes.NONE);
        assertThat(model().show(event, EMPTY).notes()).isEqualTo(notes);
    }

    @Test
    void theDraftCarriesEachSectionsNoteAfterItsFigures() {
        String draft = model().draftText(fixture.plan, ReportType.EVENT, DossierFixture.FROM, DossierFixture.TO,
                new ReportViewModel.Paragraphs("", "", new SectionNotes("", "Treo băng rôn ở chợ.", "")));

        assertThat(draft).containsSubsequence("2. Tuyên truyền trực quan", "Đã treo ", "Treo băng rôn ở chợ.",
                "3. Hoạt động của Tổ công nghệ số cộng đồng");
    }
}
