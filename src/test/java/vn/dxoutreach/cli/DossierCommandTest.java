package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.app.RootCommand;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** {@code dossier}: a PDF for a good request, exit 2 and a Vietnamese message for a wrong one. */
class DossierCommandTest {

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;

    @BeforeEach
    void anOfficeWithAPlan() {
        try (Store store = StoreFixture.open(folder.resolve("data"))) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
            new Office(store).set(district);
            store.plans.save(new Plan(RecordMeta.fresh(district.id(), StoreFixture.NOW), "96/KH-UBND", "Kế hoạch",
                    "UBND huyện", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        }
        systemOut = System.out;
        systemErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(systemOut);
        System.setErr(systemErr);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = folder.resolve("data").toString();
        all[2] = "dossier";
        System.arraycopy(args, 0, all, 3, args.length);
        return RootCommand.run(all);
    }

    @Test
    void writesTheDossierOfThePeriod() {
        Path pdf = folder.resolve("ho-so.pdf");

        int code = run("--plan", "96/KH-UBND", "--type", "event", "--year", "2026", "--out", pdf.toString());

        assertThat(code).isZero();
        assertThat(pdf).exists();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã lưu hồ sơ minh chứng");
    }

    @Test
    void aMistypedCommandLineGetsAVietnameseLeadAndExitsWithTwo() {
        assertThat(run("--plan", "96/KH-UBND", "--type", "year", "--out", "a.pdf", "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Lệnh chưa đúng", "--bogus",
                "dx-outreach dossier --help");
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: dx-outreach dossier", "--plan");
    }

    @Test
    void aWrongRequestExitsWithTwoAndSaysWhatToDo() {
        assertThat(run("--plan", "96/KH-UBND", "--type", "quarter", "--out", "a.pdf")).isEqualTo(2);
        assertThat(run("--plan", "1/KH", "--type", "year", "--out", "a.pdf")).isEqualTo(2);
        assertThat(run("--plan", "96/KH-UBND", "--type", "custom", "--from", "31/02/2026", "--to", "01/03/2026",
                "--out", "a.pdf")).isEqualTo(2);
        assertThat(run("--plan", "96/KH-UBND", "--type", "year", "--out", "a.docx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Loại báo cáo \"quarter\" không có",
                "Ngày \"31/02/2026\" không đúng", "Hồ sơ minh chứng được lưu thành tệp .pdf");
    }
}
