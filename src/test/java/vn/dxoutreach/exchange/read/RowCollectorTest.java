package vn.dxoutreach.exchange.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.exchange.Progress;

class RowCollectorTest {

    private final RowCollector collector = new RowCollector("PhatThanh", "PhatThanh.csv", Progress.NONE);

    @Test
    void aShortCellReadAgainIsTheTextReadBefore() {
        collector.add(1, List.of("Ngày", "Đơn vị")); // NOI18N header of the test sheet
        collector.add(2, List.of(new String("01/02/2025"), new String("X01 ")));
        collector.add(3, List.of(new String("01/02/2025"), new String("X01")));
        List<RawRow> rows = collector.sheet().rows();
        assertEquals(List.of("01/02/2025", "X01"), rows.get(1).cells());
        assertSame(rows.get(0).cell(0), rows.get(1).cell(0));
        assertSame(rows.get(0).cell(1), rows.get(1).cell(1));
    }

    @Test
    void aLongCellIsKeptAsReadEachTime() {
        String title = "x".repeat(RowCollector.SHARED_LENGTH + 1);
        collector.add(1, List.of("Tên")); // NOI18N header of the test sheet
        collector.add(2, List.of(new String(title)));
        collector.add(3, List.of(new String(title)));
        List<RawRow> rows = collector.sheet().rows();
        assertEquals(rows.get(0).cells(), rows.get(1).cells());
        assertNotSame(rows.get(0).cell(0), rows.get(1).cell(0));
    }
}
