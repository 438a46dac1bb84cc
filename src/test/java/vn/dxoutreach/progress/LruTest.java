package vn.dxoutreach.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LruTest {

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsSize() {
        Map<String, Integer> lru = new TotalsReader.Lru<>(2);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.get("a");
        lru.put("c", 3);
        assertEquals(List.of("a", "c"), List.copyOf(lru.keySet()));
    }

    @Test
    void forgetsTheLeastRecentlyUsedUntilItsValuesWeighNoMoreThanAllowed() {
        Map<String, Integer> lru = new TotalsReader.Lru<>(10, Integer::longValue, 10);
        lru.put("a", 4);
        lru.put("b", 3);
        lru.put("c", 2);
        lru.get("a");
        lru.put("d", 5);
        // 4 + 3 + 2 + 5 = 14: the least recently used (b, then c) go until 9 is left
        assertEquals(List.of("a", "d"), List.copyOf(lru.keySet()));
    }

    @Test
    void keepsTheNewestEntryWhateverItWeighs() {
        Map<String, Integer> lru = new TotalsReader.Lru<>(10, Integer::longValue, 10);
        lru.put("a", 4);
        lru.put("huge", 50);
        assertEquals(List.of("huge"), List.copyOf(lru.keySet()));
        assertEquals(50, lru.computeIfAbsent("huge", k -> 0));
    }
}
