package vn.dxoutreach.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.pkg.TwoOffices;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.dashboard.StartChecklistViewModel;

/** A new installation of commune X02 starting from the package district H01 saved for it. */
class PackageSetupViewModelTest {

    @TempDir
    Path temp;
    private TwoOffices offices;
    private Store fresh;
    private PackageSetupViewModel model;

    @BeforeEach
    void newInstallation() throws Exception {
        offices = new TwoOffices(temp);
        fresh = offices.emptyOffice("fresh");
        model = new PackageSetupViewModel(fresh, Messages.vietnamese());
    }

    @AfterEach
    void close() {
        fresh.close();
        offices.close();
    }

    @Test
    void theRecipientIsOfferedAsTheOfficeAndSetUp() throws Exception {
        assertThat(model.read(offices.send(offices.district, offices.districtUnit, offices.communeB))).isEmpty();

        assertThat(model.officeProperty().get()).isEqualTo(offices.communeB);
        assertThat(model.candidates()).extracting(Unit::code).containsExactly("X01", "X02");
        assertThat(model.summary()).isEqualTo("Gói dữ liệu của H01 – Huyện Thử: 3 đơn vị, 0 kế hoạch, 0 chỉ tiêu,"
                + " 2 khẩu hiệu.");
        model.recorderProperty().set("Nguyễn Thị Hoa");
        assertThat(model.setUp()).isEmpty();
        assertThat(new Office(fresh).unit()).contains(offices.communeB);
    }

    @Test
    void theOfficeIsHeadedAfterItsUnitEntersDataUnderTheNameGivenAndGetsTheStartChecklist() throws Exception {
        model.read(offices.send(offices.district, offices.districtUnit, offices.communeB));
        model.recorderProperty().set("Nguyễn Thị Hoa");
        model.setUp();

        assertThat(fresh.settings.officeProfile().parentBody())
                .isEqualTo("UBND " + offices.communeB.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        assertThat(fresh.settings.officeProfile().issuingBody()).isEqualTo("PHÒNG VĂN HÓA - XÃ HỘI");
        assertThat(fresh.settings.recorderName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(new StartChecklistViewModel(fresh).read().shown()).isTrue();
    }

    @Test
    void withoutTheNameOfThePersonEnteringDataNothingIsSetUp() throws Exception {
        model.read(offices.send(offices.district, offices.districtUnit, offices.communeB));

        assertThat(model.setUp()).contains("Hãy nhập họ tên người nhập liệu.");
        assertThat(new Office(fresh).unit()).isEmpty();
    }

    @Test
    void anUpwardPackageIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
        offices.airing(offices.commune, offices.communeA, "2024-10-02");

        assertThat(model.read(offices.send(offices.commune, offices.communeA, offices.districtUnit)))
                .hasValueSatisfying(m -> assertThat(m).startsWith("Tệp này không phải gói dữ liệu cấp trên gửi xuống"));
        assertThat(fresh.units.countLive()).isZero();
    }

    @Test
    void withoutAChosenUnitNothingIsSetUp() throws Exception {
        model.read(offices.send(offices.district, offices.districtUnit, offices.communeB));
        model.officeProperty().set(null);

        assertThat(model.setUp()).contains("Hãy chọn đơn vị của cơ quan mình trong danh sách.");
        assertThat(new Office(fresh).unit()).isEmpty();
    }
}
