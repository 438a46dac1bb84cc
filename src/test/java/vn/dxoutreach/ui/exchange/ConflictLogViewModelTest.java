package vn.dxoutreach.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.exchange.pkg.ConflictChoices;
import vn.dxoutreach.exchange.pkg.ConflictLog;
import vn.dxoutreach.exchange.pkg.ConflictPolicy;
import vn.dxoutreach.exchange.pkg.TwoOffices;
import vn.dxoutreach.text.Messages;

/** The district kept its own version of X01's broadcast; the log holds X01's. */
class ConflictLogViewModelTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Broadcast sent;
    private ConflictLogViewModel model;

    @BeforeEach
    void oneConflictKeptMine() throws Exception {
        offices = new TwoOffices(temp);
        sent = offices.airedAndSentUp("2024-10-02");
        offices.receive(offices.district, offices.editedAtDistrictThenCommune(sent),
                ConflictChoices.by(ConflictPolicy.MINE));
        model = new ConflictLogViewModel(offices.district, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        offices.close();
    }

    @Test
    void anEntryNamesTheRecordTheSenderAndBothVersions() {
        ConflictLog.Entry entry = model.entries().get(0);

        assertThat(model.kind(entry)).isEqualTo("Phát thanh");
        assertThat(model.title(entry)).isEqualTo("02/10/2024 – Huyện sửa");
        assertThat(model.peer(entry)).isEqualTo("X01 – Xã An");
        Comparison comparison = model.compare(entry);
        assertThat(comparison.leftHeading()).startsWith("Bản đang giữ");
        assertThat(comparison.rightHeading()).isEqualTo("Bản không giữ (sửa lúc 01/10/2024 15:02:00)");
        assertThat(comparison.differences()).isEqualTo(2);
    }

    @Test
    void restoringBringsBackTheVersionNotKept() {
        String said = model.restore(model.entries().get(0));

        assertThat(said).isEqualTo("Đã khôi phục \"02/10/2024 – Xã sửa\".");
        assertThat(offices.district.broadcasts.find(sent.meta().id()).orElseThrow().programTitle())
                .isEqualTo("Xã sửa");
    }
}
