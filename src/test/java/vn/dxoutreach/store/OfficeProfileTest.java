package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.OfficeProfile;

/** The office profile is stored in the settings and survives reopening the data folder. */
class OfficeProfileTest {

    @TempDir
    Path folder;

    @Test
    void anEmptyStoreHasABlankProfile() {
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.settings.officeProfile()).isEqualTo(OfficeProfile.EMPTY);
        }
    }

    @Test
    void everyFieldSurvivesReopening() {
        OfficeProfile profile = new OfficeProfile("UBND HUYỆN AN HÒA", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "BC-VHTT",
                "An Hòa", "TRƯỞNG PHÒNG", "Nguyễn Văn A", List.of("- Sở VHTTDL;", "- Lưu: VT."));
        try (Store store = StoreFixture.open(folder)) {
            store.settings.putOfficeProfile(profile);
        }
        try (Store store = StoreFixture.open(folder)) {
            assertThat(store.settings.officeProfile()).isEqualTo(profile);
        }
    }
}
