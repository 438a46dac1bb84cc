package vn.dxoutreach.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** Importing template CSV files: all or nothing, idempotent, hostile files refused with a message. */
class ImporterTest {

    private static final String HEADER = "Ngày phát;Mã đơn vị;Tên chương trình;Hình thức;Thời lượng (phút);Buổi;"
            + "Chủ đề;Ghi chú\n";

    @TempDir
    Path folder;
    private DistrictImport office;
    private Store store;
    private Importer importer;

    @BeforeEach
    void office() {
        office = new DistrictImport(folder);
        store = office.store;
        importer = office.importer;
        StoreFixture.unit(store, "OTHER", "Xã Ngoài", 3, null);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Path csv(String name, String body) throws Exception {
        return office.csv(name, HEADER + body);
    }

    @Test
    void aFileWhoseLastRowIsBadWritesNothingAndNamesTheProblem() throws Exception {
        Path file = csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n"
                + "06/10/2024;X01;Chuyên mục B;Phát lại;0;Sáng;;\n");
        ImportPreview preview = importer.importFiles(List.of(file), Progress.NONE);
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Thời lượng (phút)");
            assertThat(p.reason()).contains("1", "600");
        });
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void aCommuneFormedByAMergerTakesTheRecordsOfTheCommunesMergedIntoIt() throws Exception {
        Unit district = store.units.findByCode("H01").orElseThrow();
        Unit old = StoreFixture.unit(store, "OLD1", "Xã Cũ", 3, district, null, LocalDate.of(2025, 6, 30), List.of());
        Unit merged = StoreFixture.unit(store, "X09", "Xã Mới", 3, district, LocalDate.of(2025, 7, 1), null,
                List.of(old.id()));
        new Office(store).set(merged);

        ImportPreview history = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;OLD1;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")), Progress.NONE);
        ImportPreview sibling = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")), Progress.NONE);

        assertThat(history.problems()).isEmpty();
        assertThat(sibling.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("Đơn vị không thuộc phạm vi của Xã Mới."));
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        Path file = csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n"
                + "2024-10-06;X01;Chuyên mục B;Phát lại;10;Tối;;\n");
        assertThat(importer.importFiles(List.of(file), Progress.NONE).added()).isEqualTo(2);
        ImportPreview again = importer.importFiles(List.of(file), Progress.NONE);
        assertThat(again.changesSomething()).isFalse();
        assertThat(store.broadcasts.countLive()).isEqualTo(2);
    }

    @Test
    void aChangedRowUpdatesItsRecord() throws Exception {
        importer.importFiles(List.of(csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")),
                Progress.NONE);
        ImportPreview changed = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;X01;Chuyên mục A;Sản xuất mới;25;Sáng;;\n")), Progress.NONE);
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(store.broadcasts.listLive()).singleElement().satisfies(b -> assertThat(b.minutes()).isEqualTo(25));
    }

    @Test
    void eachRowFindsTheStoredRecordOfItsOwnKeyAmongThoseOfItsUnitAndDay() throws Exception {
        StoreFixture.unit(store, "X02", "Xã Bình", 3, store.units.findByCode("H01").orElseThrow());
        importer.importFiles(List.of(csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n"
                + "05/10/2024;X01;Chuyên mục B;Sản xuất mới;15;Sáng;;\n"
                + "05/10/2024;X02;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")), Progress.NONE);
        var before = store.broadcasts.listLive();

        ImportPreview again = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;X01;Chuyên mục A;Sản xuất mới;30;Sáng;;\n" // changed
                        + "05/10/2024;X02;Chuyên mục A;Sản xuất mới;15;Sáng;;\n" // as stored
                        + "05/10/2024;X01;Chuyên mục C;Sản xuất mới;15;Sáng;;\n" // same unit and day, new title
                        + "06/10/2024;X02;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")), Progress.NONE); // another day

        assertThat(again.problems()).isEmpty();
        assertThat(List.of(again.added(), again.updated())).containsExactly(2, 1);
        var after = store.broadcasts.listLive();
        assertThat(after).hasSize(5);
        var changed = after.stream().filter(b -> b.minutes() == 30).toList();
        assertThat(changed).singleElement().satisfies(b -> assertThat(before).anySatisfy(old -> {
            assertThat(old.meta().id()).isEqualTo(b.meta().id());
            assertThat(old.programTitle()).isEqualTo("Chuyên mục A");
        }));
    }

    @Test
    void aRowWithoutWhoEnteredItKeepsTheNameStoredAndANamedRowSetsIt() throws Exception {
        importer.importFiles(List.of(csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")),
                Progress.NONE);
        var stored = store.broadcasts.listLive().get(0);
        store.broadcasts.save(stored.withRecordedBy("Nguyễn Thị Hoa"));

        ImportPreview again = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n")), Progress.NONE);
        assertThat(again.changesSomething()).isFalse();
        assertThat(store.broadcasts.listLive().get(0).recordedBy()).isEqualTo("Nguyễn Thị Hoa");

        Path named = folder.resolve("named").resolve("PhatThanh.csv");
        Files.createDirectories(named.getParent());
        Files.writeString(named, HEADER.replace("Ghi chú\n", "Ghi chú;Người nhập liệu\n")
                + "06/10/2024;X01;Chuyên mục B;Phát lại;10;Tối;;;Trần Văn Nam\n", StandardCharsets.UTF_8);
        importer.importFiles(List.of(named), Progress.NONE);
        assertThat(store.broadcasts.listLive()).extracting(b -> b.recordedBy())
                .containsExactlyInAnyOrder("Nguyễn Thị Hoa", "Trần Văn Nam");
    }

    @Test
    void twoRowsWithTheSameKeyAreBothNamed() throws Exception {
        Path file = csv("PhatThanh.csv", "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n"
                + "05/10/2024;X01;Chuyên mục A;Phát lại;10;Sáng;;\n");
        ImportPreview preview = importer.importFiles(List.of(file), Progress.NONE);
        assertThat(preview.problems()).anySatisfy(p -> assertThat(p.reason()).contains("2", "3"));
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void aUnitRowWhoseCodeIsAnotherUnitIsRefusedNamingBoth() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("donvi"));
        Path file = Files.writeString(dir.resolve("DonVi.csv"),
                "Mã đơn vị;Tên đơn vị;Cấp;Mã đơn vị cấp trên\nX01;Thôn Phú Lợi;4;H01\n", StandardCharsets.UTF_8);
        ImportPreview preview = importer.importFiles(List.of(file), Progress.NONE);
        assertThat(preview.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("Xã An", "Thôn Phú Lợi"));
        assertThat(store.units.findByCode("X01").orElseThrow().name()).isEqualTo("Xã An");
    }

    @Test
    void unknownUnitsAndUnitsOutsideTheOfficeAreRefused() throws Exception {
        Path file = csv("PhatThanh.csv", "05/10/2024;KHONGCO;Chuyên mục A;Sản xuất mới;15;Sáng;;\n"
                + "05/10/2024;OTHER;Chuyên mục A;Sản xuất mới;15;Sáng;;\n");
        ImportPreview preview = importer.importFiles(List.of(file), Progress.NONE);
        assertThat(preview.problems()).hasSize(2);
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void headersMatchWithoutDiacriticsOrCaseAndCommasWork() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("plain"));
        Path file = dir.resolve("PhatThanh.csv");
        Files.writeString(file, "NGAY PHAT, ma don vi ,ten chuong trinh,hinh thuc,thoi luong (phut),buoi,chu de,ghi chu\n"
                + "5/10/2024,X01,Chuyên mục A,Sản xuất mới,15,Sáng,,\n", StandardCharsets.UTF_8);
        assertThat(importer.importFiles(List.of(file), Progress.NONE).added()).isEqualTo(1);
    }

    @Test
    void aMillionEmptyLinesBetweenRowsCostNothingAndTheRowsAroundThemImport() throws Exception {
        StringBuilder body = new StringBuilder("05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n");
        body.append(";;;;;;;\n".repeat(1_000_000));
        body.append("06/10/2024;X01;Chuyên mục B;Phát lại;10;Chiều;;\n");
        Path file = csv("PhatThanh.csv", body.toString());

        ImportPreview preview = importer.importFiles(List.of(file), Progress.NONE);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.added()).isEqualTo(2);
        assertThat(store.broadcasts.countLive()).isEqualTo(2);
    }

    @Test
    void aPasswordProtectedWorkbookGetsAMessageAndWritesNothing() throws Exception {
        Path plain = folder.resolve("plain.xlsx");
        vn.dxoutreach.exchange.template.TemplateWorkbook.write(plain);
        Path locked = folder.resolve("co-mat-khau.xlsx");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            var encryptor = info.getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(plain.toFile(),
                    org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE);
                 var out = encryptor.getDataStream(fs)) {
                opc.save(out);
            }
            try (var out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        ImportPreview preview = importer.importFiles(List.of(locked), Progress.NONE);
        assertThat(preview.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("mật khẩu"));
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void aZipBombGetsAMessageAndWritesNothing() throws Exception {
        Path bomb = folder.resolve("bom.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        ImportPreview preview = importer.importFiles(List.of(bomb), Progress.NONE);
        assertThat(preview.hasProblems()).isTrue();
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void hostileFilesGetAMessageAndWriteNothing() throws Exception {
        Path notASheet = folder.resolve("bang.xlsx");
        Files.writeString(notASheet, "đây không phải bảng tính");
        Path wrongEncoding = folder.resolve("enc").resolve("PhatThanh.csv");
        Files.createDirectories(wrongEncoding.getParent());
        Files.write(wrongEncoding, (HEADER + "05/10/2024;X01;Chuy\u00ean m\u1ee5c;S\u1ea3n xu\u1ea5t m\u1edbi;15;S\u00e1ng;;\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1258")));
        for (Path hostile : List.of(notASheet, wrongEncoding)) {
            ImportPreview preview = importer.importFiles(List.of(hostile), Progress.NONE);
            assertThat(preview.hasProblems()).as(hostile.toString()).isTrue();
        }
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void aDateOutsideTheSaneRangeIsRefusedNamingItsRow() throws Exception {
        for (String day : List.of("01/01/0001", "31/12/1899", "01/01/2099", "31/12/9999")) {
            ImportPreview preview = importer.importFiles(List.of(csv("PhatThanh.csv",
                    "05/10/2024;X01;Chuyên mục A;Sản xuất mới;15;Sáng;;\n" + day + ";X01;Chuyên mục B;Phát lại;10;Tối;;\n")),
                    Progress.NONE);
            assertThat(preview.problems()).as(day).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(3);
                assertThat(p.reason()).contains("01/01/2000");
            });
        }
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void decomposedTextIsStoredComposed() throws Exception {
        String nfd = java.text.Normalizer.normalize("Chuyển đổi số", java.text.Normalizer.Form.NFD);
        importer.importFiles(List.of(csv("PhatThanh.csv", "05/10/2024;X01;" + nfd + ";Sản xuất mới;15;Sáng;;\n")),
                Progress.NONE);

        assertThat(store.broadcasts.listLive()).singleElement()
                .satisfies(b -> assertThat(b.programTitle()).isEqualTo("Chuyển đổi số"));
    }

    @Test
    void aTitleLongerThanTheLimitIsRefusedWithoutEchoingIt() throws Exception {
        ImportPreview preview = importer.importFiles(List.of(csv("PhatThanh.csv",
                "05/10/2024;X01;" + "A".repeat(100_000) + ";Sản xuất mới;15;Sáng;;\n")), Progress.NONE);

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("500");
            assertThat(p.value().length()).isLessThan(100);
        });
        assertThat(store.broadcasts.countLive()).isZero();
    }
}
