package vn.dxoutreach.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.exchange.pkg.TwoOffices;
import vn.dxoutreach.text.Messages;

/** The district previews a package of X01 holding two new broadcasts. */
class PreviewLinesTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private MergePreview preview;
    private final Messages messages = Messages.vietnamese();

    @BeforeEach
    void twoBroadcastsSentUp() throws Exception {
        offices = new TwoOffices(temp);
        offices.airing(offices.commune, offices.communeA, "2024-10-02");
        offices.airing(offices.commune, offices.communeA, "2024-10-05");
        preview = offices.preview(offices.district,
                offices.send(offices.commune, offices.communeA, offices.districtUnit));
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void kindsThePackageLeavesAsTheyAreAreLeftOut() {
        assertThat(PreviewLines.of(preview, messages)).extracting(PreviewLines.Line::kind)
                .contains("Phát thanh").doesNotContain("Đơn vị", "Kế hoạch", "Chỉ tiêu", "Tổ CNSCĐ");
    }

    @Test
    void theLastLineIsTheTotal() {
        assertThat(PreviewLines.of(preview, messages)).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo("Tổng cộng");
            assertThat(line.counts()).isEqualTo(preview.total());
        });
    }

    @Test
    void theHeadingNamesTheSenderAndTheDaysItsActivitiesCover() {
        assertThat(PreviewLines.heading(preview, messages))
                .isEqualTo("Gói dữ liệu từ X01 – Xã An, hoạt động từ 02/10/2024 đến 05/10/2024");
    }
}
