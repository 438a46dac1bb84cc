package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.imports.ImportProblem;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/**
 * {@code import}: problem lines that name only the row, column and value a problem has, and
 * existing records updated only with --yes.
 */
class ImportCommandTest {

    private static final String HEADER = "Ngày phát,Mã đơn vị,Tên chương trình,Hình thức,Thời lượng (phút),Buổi\n";

    @TempDir
    Path folder;
    private final Messages messages = Messages.vietnamese();

    @Test
    void aChangedRowUpdatesItsRecordOnlyWithYes() throws IOException {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            Unit commune = StoreFixture.unit(store, "X01", "Xã An Bình", 3, null);
            new Office(store).set(commune);
        }
        Path csv = folder.resolve("PhatThanh.csv");
        Files.writeString(csv, HEADER + "05/11/2026,X01,Bản tin chuyển đổi số,Sản xuất mới,15,Sáng\n");
        assertThat(run("import", csv.toString())).isZero();

        Files.writeString(csv, HEADER + "05/11/2026,X01,Bản tin chuyển đổi số,Sản xuất mới,20,Sáng\n");
        assertThat(run("import", csv.toString())).isZero();
        assertThat(minutesStored()).isEqualTo(15);

        assertThat(run("import", "--yes", csv.toString())).isZero();
        assertThat(minutesStored()).isEqualTo(20);
    }

    private int minutesStored() {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            return store.broadcasts.listLive().stream().mapToInt(Broadcast::minutes).sum();
        }
    }

    private int run(String... args) {
        return CliRun.of(folder.resolve("data"), args).exitCode();
    }

    @Test
    void aProblemOfTheWholeFileIsItsReasonAlone() {
        ImportProblem p = new ImportProblem("bad.xlsx", 0, "", "", "Tệp \"bad.xlsx\" không phải tệp Excel.");

        assertThat(ImportCommand.line(messages, p)).isEqualTo("- Tệp \"bad.xlsx\" không phải tệp Excel.");
    }

    @Test
    void aProblemOfACellNamesSheetRowColumnAndValue() {
        ImportProblem p = new ImportProblem("PhatThanh", 3, "Thời lượng (phút)", "abc", "Phải là một số nguyên.");

        assertThat(ImportCommand.line(messages, p))
                .isEqualTo("- Trang PhatThanh, dòng 3, cột \"Thời lượng (phút)\", giá trị \"abc\": Phải là một số nguyên.");
    }

    @Test
    void anEmptyCellIsNotShownAsAnEmptyValue() {
        ImportProblem p = new ImportProblem("PhatThanh", 4, "Mã đơn vị", "", "Bắt buộc phải có.");

        assertThat(ImportCommand.line(messages, p)).isEqualTo("- Trang PhatThanh, dòng 4, cột \"Mã đơn vị\": Bắt buộc phải có.");
    }

    @Test
    void aProblemOfAWholeRowNamesNoColumn() {
        ImportProblem p = new ImportProblem("BangRon", 7, "", "", "Dòng 5 và dòng 7 trùng nhau.");

        assertThat(ImportCommand.line(messages, p)).isEqualTo("- Trang BangRon, dòng 7: Dòng 5 và dòng 7 trùng nhau.");
    }
}
