package vn.dxoutreach.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.report.dossier.DossierFixture;
import vn.dxoutreach.report.dossier.DossierProgress;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

class ReportViewModelTest {

    @TempDir
    Path folder;

    @Test
    void theDossierIsWrittenWhileTheScreenIsToldHowFarItIs() throws Exception {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            DossierFixture fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
            ReportViewModel model = new ReportViewModel(store, Messages.vietnamese());
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
    }

    @Test
    void theDraftOfTheChosenReportNamesItsTitleAndFigures() throws Exception {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            DossierFixture fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
            ReportViewModel model = new ReportViewModel(store, Messages.vietnamese());

            String draft = model.draftText(fixture.plan, ReportType.EVENT, DossierFixture.FROM, DossierFixture.TO,
                    new ReportViewModel.Paragraphs("Hoàn thành tốt.", ""));

            assertThat(draft).startsWith("BÁO CÁO KẾT QUẢ HƯỞNG ỨNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA (10/10) NĂM 2026")
                    .contains("đã phát 4 lượt", "Mã | Chỉ tiêu", "CT01", "Hoàn thành tốt.");
        }
    }

    @Test
    void turningToAnotherYearKeepsWhatTheUserWroteForTheReportShown() throws Exception {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            DossierFixture fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
            ReportViewModel model = new ReportViewModel(store, Messages.vietnamese());
            var year2026 = new ReportViewModel.DraftKey(fixture.plan, ReportType.EVENT, 2026);
            var year2025 = new ReportViewModel.DraftKey(fixture.plan, ReportType.EVENT, 2025);
            model.show(year2026, new ReportViewModel.Paragraphs("", ""));

            var other = model.show(year2025, new ReportViewModel.Paragraphs("Đánh giá 2026", "Phương hướng 2026"));
            var back = model.show(year2026, other);

            assertThat(other).isEqualTo(new ReportViewModel.Paragraphs("", ""));
            assertThat(back).isEqualTo(new ReportViewModel.Paragraphs("Đánh giá 2026", "Phương hướng 2026"));
        }
    }

    @Test
    void theUsersParagraphsAreRememberedAfterTheScreenIsOpenedAgain() throws Exception {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            DossierFixture fixture = new DossierFixture(store, Files.createDirectories(folder.resolve("files")));
            var key = new ReportViewModel.DraftKey(fixture.plan, ReportType.YEAR, 2026);
            ReportViewModel first = new ReportViewModel(store, Messages.vietnamese());
            first.show(key, new ReportViewModel.Paragraphs("", ""));
            first.keep(new ReportViewModel.Paragraphs("Đánh giá", "Kiến nghị"));

            var again = new ReportViewModel(store, Messages.vietnamese()).show(key, new ReportViewModel.Paragraphs("", ""));

            assertThat(again).isEqualTo(new ReportViewModel.Paragraphs("Đánh giá", "Kiến nghị"));
        }
    }
}
