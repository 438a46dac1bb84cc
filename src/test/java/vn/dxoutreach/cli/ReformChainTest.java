package vn.dxoutreach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2025 reform end to end on the command line: a province whose two districts end on 30/06/2025,
 * eight old communes, three new communes directly under the province from 01/07/2025 formed from
 * communes of both districts (listed before their predecessors in the unit file); a commune
 * installation set up from the province's package, records entered there, a package back up, and
 * the same figures for the new commune on both sides.
 */
class ReformChainTest {

    private static final String UNITS = """
            Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên,Ngày bắt đầu hoạt động,Ngày kết thúc hoạt động,Sáp nhập từ các đơn vị
            10001,Xã Hòa Bình,3,01,01/07/2025,,00001;00002;00005
            10002,Xã Tân Phú,3,01,01/07/2025,,00003;00006
            10003,Xã Đồng Tâm,3,01,01/07/2025,,00004;00007;00008
            01,Tỉnh Thử,1,,,,
            001,Huyện Một,2,01,,30/06/2025,
            002,Huyện Hai,2,01,,30/06/2025,
            00001,Xã An Một,3,001,,30/06/2025,
            00002,Xã An Hai,3,001,,30/06/2025,
            00003,Xã An Ba,3,001,,30/06/2025,
            00004,Xã An Bốn,3,001,,30/06/2025,
            00005,Xã Bình Một,3,002,,30/06/2025,
            00006,Xã Bình Hai,3,002,,30/06/2025,
            00007,Xã Bình Ba,3,002,,30/06/2025,
            00008,Xã Bình Bốn,3,002,,30/06/2025,
            """;
    private static final String PLANS = """
            Số ký hiệu,Tên kế hoạch,Cơ quan ban hành,Ngày ban hành,Từ ngày,Đến ngày
            12/KH-UBND,Kế hoạch tuyên truyền chuyển đổi số 2025-2026,UBND tỉnh,02/01/2025,01/01/2025,31/12/2026
            """;
    private static final String TARGETS = """
            Mã chỉ tiêu,Số ký hiệu kế hoạch,Tên chỉ tiêu,Loại hoạt động,Đo bằng,Chu kỳ,Mức chỉ tiêu,Phạm vi,Cấp áp dụng
            CT01,12/KH-UBND,Mỗi xã phát thanh ít nhất 1 lần mỗi tháng,Phát thanh,Số lượt,Tháng,1,Từng đơn vị,3
            """;
    private static final String BROADCASTS = """
            Ngày phát,Mã đơn vị,Tên chương trình,Hình thức,Thời lượng (phút),Buổi
            10/03/2025,00001,Bản tin chuyển đổi số,Sản xuất mới,15,Sáng
            12/04/2025,00002,Hướng dẫn VNeID,Sản xuất mới,10,Tối
            15/05/2025,00005,Dịch vụ công trực tuyến,Phát lại,10,Sáng
            05/06/2025,00001,Thanh toán không dùng tiền mặt,Sản xuất mới,12,Sáng
            10/07/2025,10001,Bản tin xã mới,Sản xuất mới,15,Sáng
            14/08/2025,10001,Chuyển đổi số cho nông dân,Sản xuất mới,15,Tối
            """;

    @TempDir
    Path folder;

    @Test
    void aNewCommuneShowsTheSameFiguresAtTheProvinceAndAtItsOwnInstallation() throws IOException {
        Path province = folder.resolve("tinh");
        Path commune = folder.resolve("xa");
        Path files = Files.createDirectories(folder.resolve("files"));
        ok(province, "import", "--yes", write(files, "DonVi.csv", UNITS), write(files, "KeHoach.csv", PLANS),
                write(files, "ChiTieu.csv", TARGETS));
        ok(province, "office", "--set", "01");
        Path down = files.resolve("xuong.dxo");
        ok(province, "export-package", "--to", "10001", "--out", down.toString());

        CliRun setUp = ok(commune, "office", "--from-package", down.toString());
        assertThat(setUp.out()).contains("10001");
        ok(commune, "import", write(files, "PhatThanh.csv", BROADCASTS));
        Path up = files.resolve("len.dxo");
        ok(commune, "export-package", "--to", "01", "--out", up.toString());
        ok(province, "import-package", up.toString(), "--yes");

        List<String> atProvince = rowsOf(ok(province, "progress", "--plan", "12/KH-UBND", "--as-of", "2025-12-31",
                "--by-unit"), ",10001,");
        List<String> atCommune = rowsOf(ok(commune, "progress", "--plan", "12/KH-UBND", "--as-of", "2025-12-31",
                "--by-unit"), ",10001,");
        // Jan-Nov closed; met in March to August: the old communes' months and the new commune's
        assertThat(atCommune).containsExactly("CT01,10001,11,6,6");
        assertThat(atProvince).isEqualTo(atCommune);
    }

    private static List<String> rowsOf(CliRun run, String unit) {
        return Arrays.stream(run.out().split("\\R")).filter(line -> line.contains(unit)).toList();
    }

    private static CliRun ok(Path dataDir, String... args) {
        CliRun run = CliRun.of(dataDir, args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
        return run;
    }

    private static String write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text).toString();
    }
}
