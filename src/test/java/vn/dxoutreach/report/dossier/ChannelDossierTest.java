package vn.dxoutreach.report.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ChannelFixture;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The dossier's sections for targets on news items, events and materials, with their photos. */
class ChannelDossierTest {

    @TempDir
    static Path folder;
    private static Store store;
    private static DossierContent content;
    private static String text;

    @BeforeAll
    static void writeTheDossier() throws Exception {
        store = StoreFixture.open(folder.resolve("data"));
        ChannelFixture fixture = new ChannelFixture(store, folder.resolve("files"));
        content = new DossierCollector(store, new ProgressEngine(store)).collect(fixture.plan, ChannelFixture.FROM,
                ChannelFixture.TO, DossierProgress.NONE);
        DossierDocument document = new DossierDocument(Messages.vietnamese());
        Path pdf = folder.resolve("ho-so.pdf");
        document.writePdf(document.layout(content), pdf, DossierProgress.NONE);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<DossierContent.Entry> entries(String code) {
        return content.sections().stream().filter(s -> s.target().code().equals(code))
                .flatMap(s -> s.units().stream()).flatMap(u -> u.records().stream()).toList();
    }

    @Test
    void thePortalTargetsSectionHasThePortalItemsAndNotThePosts() {
        assertThat(entries("CT01")).extracting(DossierContent.Entry::title).containsExactlyInAnyOrder(
                "Xã An Phú ra mắt chuyên mục chuyển đổi số (" + ChannelFixture.PORTAL + ")",
                "Lịch tiếp dân trực tuyến (cổng/trang thông tin điện tử)");
        assertThat(entries("CT01")).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ActivityKind.NEWS))
                .filteredOn(DossierContent.Entry::hasEvidence).singleElement()
                .satisfies(e -> assertThat(e.photos()).hasSize(1));
    }

    @Test
    void theEventsAndLeafletsSectionsListTheirRecordsWithPhotos() {
        assertThat(entries("CT02")).hasSize(3).filteredOn(DossierContent.Entry::hasEvidence).singleElement()
                .satisfies(e -> assertThat(e.title()).isEqualTo("Tập huấn Tổ công nghệ số (Tập huấn)"));
        // the SMS campaign is not a leaflet: the leaflets target counts the leaflets alone
        assertThat(entries("CT03")).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Tờ rơi hướng dẫn VNeID (Tờ rơi)");
            assertThat(e.recordedBy()).isEqualTo("Nguyễn Thị Hoa");
            assertThat(e.photos()).hasSize(1);
        });
    }

    @Test
    void thePdfNamesEachKindAndCaptionsItsPhotos() {
        assertThat(text).contains("Tin bài: Xã An Phú ra mắt chuyên mục chuyển đổi số",
                "Sự kiện: Tập huấn Tổ công nghệ số", "Tài liệu – tin nhắn: Tờ rơi hướng dẫn VNeID",
                "Ảnh 1. ", "Ảnh 2. ", "Ảnh 3. ");
    }
}
