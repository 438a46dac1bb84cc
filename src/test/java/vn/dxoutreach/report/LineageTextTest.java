package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.text.Messages;

class LineageTextTest {

    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private static Unit unit(String code, String name, int level, Unit parent, LocalDate to, List<UUID> predecessors,
            List<FormerParent> former) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Unit(new RecordMeta(id, id, now, now, false), code, name, level, parent == null ? null : parent.id(),
                null, to, predecessors, former);
    }

    @Test
    void aCommuneFormedFromTwoDistrictsNamesEachOldCommuneWithItsDistrict() {
        Unit province = unit("01", "Tỉnh Thử", 1, null, null, List.of(), List.of());
        Unit d1 = unit("001", "Huyện Một", 2, province, END, List.of(), List.of());
        Unit d2 = unit("002", "Huyện Hai", 2, province, END, List.of(), List.of());
        Unit a = unit("00001", "Xã An Một", 3, d1, END, List.of(), List.of());
        Unit b = unit("00005", "Xã Bình Một", 3, d2, END, List.of(), List.of());
        Unit c = unit("10001", "Xã Hòa Bình", 3, province, null, List.of(a.id(), b.id()), List.of());
        UnitTree tree = new UnitTree(List.of(province, d1, d2, a, b, c));
        assertThat(LineageText.nameWithLineage(tree, Messages.vietnamese(), c))
                .isEqualTo("Xã Hòa Bình – Sáp nhập từ Xã An Một (Huyện Một), Xã Bình Một (Huyện Hai)");
    }

    @Test
    void aMovedUnitNamesItsFormerParentAndLastDay() {
        Unit x = unit("00003", "Xã X", 3, null, null, List.of(), List.of());
        Unit c = unit("10001", "Xã Hòa Bình", 3, null, null, List.of(), List.of());
        Unit village = unit("00003-01", "Thôn Đông", 4, c, null, List.of(), List.of(new FormerParent(x.id(), END)));
        UnitTree tree = new UnitTree(List.of(x, c, village));
        assertThat(LineageText.of(tree, Messages.vietnamese(), village)).isEqualTo("Thuộc Xã X đến 30/06/2025");
    }
}
