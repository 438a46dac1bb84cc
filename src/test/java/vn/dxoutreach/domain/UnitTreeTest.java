package vn.dxoutreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final Unit province = unit("T01", 1, null, null, null);
    private final Unit district = unit("H01", 2, province, null, REFORM.minusDays(1));
    private final Unit oldCommune = unit("H01-X01", 3, district, null, REFORM.minusDays(1));
    private final Unit newCommune = unit("X01", 3, province, REFORM, null);
    private final UnitTree tree = new UnitTree(List.of(province, district, oldCommune, newCommune));

    @Test
    void theChildLevelOfAProvinceAfterTheReformIsTheCommunes() {
        assertThat(tree.childLevelOn(province.id(), LocalDate.of(2026, 1, 1))).hasValue(3);
    }

    @Test
    void theChildLevelOfAProvinceBeforeTheReformIsTheDistricts() {
        assertThat(tree.childLevelOn(province.id(), LocalDate.of(2025, 1, 1))).hasValue(2);
    }

    @Test
    void aUnitWithoutChildrenOfThatDayHasNoChildLevel() {
        assertThat(tree.childLevelOn(district.id(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    private static Unit unit(String code, int level, Unit parent, LocalDate from, LocalDate to) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Unit(new RecordMeta(id, id, now, now, false), code, code, level,
                parent == null ? null : parent.id(), from, to, List.of());
    }
}
