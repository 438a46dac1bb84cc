package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.text.Messages;

/** A command's file problems are said in Vietnamese, naming the path the user gave. */
class FileErrorsTest {

    @TempDir
    Path folder;
    private final Messages messages = Messages.vietnamese();

    @Test
    void aFileInAFolderThatIsNotThereNamesTheFolder() {
        Path missing = folder.resolve("khong-co").resolve("bao-cao.pdf.part");

        assertThat(FileErrors.describe(new UncheckedIOException(new NoSuchFileException(missing.toString())), messages))
                .contains("Không có thư mục \"" + missing.getParent() + "\". Hãy tạo thư mục đó hoặc chọn một thư mục có sẵn.");
    }

    @Test
    void aMissingFileInAFolderThatIsThereNamesTheFile() {
        Path missing = folder.resolve("sao-luu.zip");

        assertThat(FileErrors.describe(new NoSuchFileException(missing.toString()), messages))
                .contains("Không tìm thấy \"" + missing + "\". Hãy kiểm tra lại đường dẫn.");
    }

    @Test
    void noPermissionIsSaidAsSuch() {
        assertThat(FileErrors.describe(new AccessDeniedException("/ro/x.xlsx"), messages).orElseThrow())
                .startsWith("Không có quyền đọc hoặc ghi \"/ro/x.xlsx\"");
    }

    @Test
    void anErrorThatIsNotAboutAFileIsLeftToTheCaller() {
        assertThat(FileErrors.describe(new IllegalStateException(new IOException("socket")), messages)).isEmpty();
    }
}
