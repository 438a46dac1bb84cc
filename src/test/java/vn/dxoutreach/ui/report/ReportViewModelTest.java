package vn.dxoutreach.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
