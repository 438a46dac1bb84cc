package vn.dxoutreach.exchange.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;
import vn.dxoutreach.text.Messages;

/** The DonVi sheet's unit types, ChiTieu's share-of-units columns and the ToCNSCD_ThanhVien roster sheet. */
class OrganisationsAndRosterImportTest {

    private static final String MEMBERS = "Mã đơn vị,Họ và tên,Vai trò,Điện thoại,Ngày tham gia,Ngày rời tổ\n";
    private static final String UNITS = "Mã đơn vị,Tên đơn vị,Cấp,Mã đơn vị cấp trên,Loại đơn vị\n";
    private static final String TARGETS = "Mã chỉ tiêu,Số ký hiệu kế hoạch,Tên chỉ tiêu,Loại hoạt động,Đo bằng,Chu kỳ,"
            + "Mức chỉ tiêu,Phạm vi,Cấp áp dụng,Từ ngày,Đến ngày,Chỉ tính loại đơn vị,Tỷ lệ đơn vị tối thiểu (%)\n";
    private static final String PLANS = "Số ký hiệu,Tên kế hoạch,Từ ngày,Đến ngày\n"
            + "96/KH-UBND,Kế hoạch chuyển đổi số,01/01/2024,31/12/2024\n";

    @TempDir
    Path folder;
    private Store store;
    private Importer importer;

    /** A district office with one commune, and a commune of another district. */
    @BeforeEach
    void office() {
        store = StoreFixture.open(folder.resolve("data"));
        new Office(store).set(StoreFixture.unit(store, "H01", "Huyện Thử", 2, null));
        StoreFixture.unit(store, "X01", "Xã An", 3, store.units.findByCode("H01").orElseThrow());
        StoreFixture.unit(store, "OTHER", "Xã Ngoài", 3, null);
        importer = new Importer(store, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path csv(String name, String text) throws Exception {
        return CsvFiles.write(folder, name, text);
    }

    private ImportPreview importOne(String name, String text) throws Exception {
        return importer.importFiles(List.of(csv(name, text)), Progress.NONE);
    }

    @Test
    void membersAreImportedAndTheSameFileAgainChangesNothing() throws Exception {
        String file = MEMBERS + "X01,Nguyễn Thị Hoa,Tổ trưởng,+84 912 345 678,01/03/2023,\n"
                + "X01,Trần Văn Nam,Thành viên,,01/03/2023,31/12/2023\n";

        ImportPreview first = importOne("ToCNSCD_ThanhVien.csv", file);
        ImportPreview again = importOne("ToCNSCD_ThanhVien.csv", file);

        assertThat(first.problems()).isEmpty();
        assertThat(first.added()).isEqualTo(2);
        assertThat(again.changesSomething()).isFalse();
        assertThat(store.members.listLive()).extracting(TeamMember::name)
                .containsExactlyInAnyOrder("Nguyễn Thị Hoa", "Trần Văn Nam");
        TeamMember left = store.members.listLive().stream().filter(m -> m.leftOn() != null).findFirst().orElseThrow();
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void aMemberLeavingBeforeJoiningWritesNothing() throws Exception {
        ImportPreview preview = importOne("ToCNSCD_ThanhVien.csv", MEMBERS
                + "X01,Nguyễn Thị Hoa,Tổ trưởng,,01/03/2023,\n"
                + "X01,Trần Văn Nam,Thành viên,,01/03/2023,28/02/2023\n");

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Ngày rời tổ");
        });
        assertThat(store.members.countLive()).isZero();
    }

    @Test
    void aPhoneWithLettersWritesNothing() throws Exception {
        ImportPreview preview = importOne("ToCNSCD_ThanhVien.csv", MEMBERS
                + "X01,Nguyễn Thị Hoa,Tổ trưởng,0912 abc,01/03/2023,\n");

        assertThat(preview.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("chữ số, dấu cách và dấu +"));
        assertThat(store.members.countLive()).isZero();
    }

    @Test
    void aMemberOfAUnitOutsideTheOfficeWritesNothing() throws Exception {
        ImportPreview preview = importOne("ToCNSCD_ThanhVien.csv", MEMBERS
                + "OTHER,Nguyễn Thị Hoa,Tổ trưởng,,01/03/2023,\n");

        assertThat(preview.problems()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Mã đơn vị"));
        assertThat(store.members.countLive()).isZero();
    }

    @Test
    void aUnitsTypeIsReadAndAUnitWithoutOneIsAdministrative() throws Exception {
        ImportPreview preview = importOne("DonVi.csv", UNITS + "TH01,Trường Tiểu học An,4,X01,Trường học\n"
                + "T01,Thôn 1,4,X01,\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(store.units.findByCode("TH01").orElseThrow().type()).isEqualTo(UnitType.SCHOOL);
        assertThat(store.units.findByCode("T01").orElseThrow().type()).isEqualTo(UnitType.ADMINISTRATIVE);
    }

    @Test
    void aUnitUnderAnOrganisationWritesNothing() throws Exception {
        ImportPreview preview = importOne("DonVi.csv", UNITS + "TH01,Trường Tiểu học An,4,X01,Trường học\n"
                + "TH01-A,Điểm trường A,5,TH01,\n");

        assertThat(preview.problems()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Mã đơn vị cấp trên"));
        assertThat(store.units.findByCode("TH01")).isEmpty();
    }

    @Test
    void aShareOfUnitsTargetIsReadWithItsUnitType() throws Exception {
        ImportPreview preview = importer.importFiles(List.of(csv("KeHoach.csv", PLANS), csv("ChiTieu.csv", TARGETS
                + "CT01,96/KH-UBND,50% trường có ngoại khóa,Sự kiện,Số lượt,Năm,1,Từng đơn vị,,,,Trường học,50\n"
                + "CT02,96/KH-UBND,Mỗi xã,Phát thanh,Số lượt,Tuần,1,Từng đơn vị,3,,,,\n")), Progress.NONE);

        assertThat(preview.problems()).isEmpty();
        Target share = store.targets.listLive().stream().filter(t -> t.code().equals("CT01")).findFirst().orElseThrow();
        Target each = store.targets.listLive().stream().filter(t -> t.code().equals("CT02")).findFirst().orElseThrow();
        assertThat(share.scopeUnitType()).isEqualTo(UnitType.SCHOOL);
        assertThat(share.minSharePercent()).isEqualTo(50);
        assertThat(each.scopeUnitType()).isNull();
        assertThat(each.minSharePercent()).isNull();
    }

    @Test
    void aShareAbove100WritesNothing() throws Exception {
        ImportPreview preview = importer.importFiles(List.of(csv("KeHoach.csv", PLANS), csv("ChiTieu.csv", TARGETS
                + "CT01,96/KH-UBND,50% trường,Sự kiện,Số lượt,Năm,1,Từng đơn vị,,,,Trường học,150\n")), Progress.NONE);

        assertThat(preview.problems()).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo("Tỷ lệ đơn vị tối thiểu (%)"));
        assertThat(store.targets.countLive()).isZero();
        assertThat(store.plans.countLive()).isZero();
    }
}
