package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Slogan;
import vn.dxoutreach.domain.Unit;

class SloganRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void aYearWithSlogansOfItsOwnUsesThemAndAnotherYearTheGeneralOnes() {
        try (Store store = StoreFixture.open(folder)) {
            Unit office = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
            store.slogans.ensureOfficial(office.id());

            store.slogans.setCampaign(2024, "Phổ cập kỹ năng số", List.of("KHẨU HIỆU 2024 A", " ", "KHẨU HIỆU 2024 B"),
                    office.id());

            assertThat(store.slogans.officialFor(2024)).extracting(Slogan::text)
                    .containsExactlyInAnyOrder("KHẨU HIỆU 2024 A", "KHẨU HIỆU 2024 B");
            assertThat(store.slogans.officialFor(2023)).extracting(Slogan::text)
                    .containsExactlyInAnyOrderElementsOf(SloganRepository.OFFICIAL);
            assertThat(store.slogans.themeOf(2024)).isEqualTo("Phổ cập kỹ năng số");
            assertThat(store.slogans.ordered()).extracting(Slogan::text).doesNotContain("Phổ cập kỹ năng số");
        }
    }

    @Test
    void settingAYearAgainDropsTheSlogansNoLongerListed() {
        try (Store store = StoreFixture.open(folder)) {
            Unit office = StoreFixture.unit(store, "H01", "Huyện An Hòa", 2, null);
            store.slogans.setCampaign(2025, "Chủ đề cũ", List.of("A", "B"), office.id());

            store.slogans.setCampaign(2025, "Chủ đề mới", List.of("B", "C"), office.id());

            assertThat(store.slogans.officialFor(2025)).extracting(Slogan::text).containsExactlyInAnyOrder("B", "C");
            assertThat(store.slogans.themeOf(2025)).isEqualTo("Chủ đề mới");
        }
    }
}
