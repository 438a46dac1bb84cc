package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.dxoutreach.domain.RecordMeta;

/**
 * Matches imported rows to existing records by natural key: a row equal to its record changes
 * nothing, a different one updates it (same id, new update time), an unknown key adds a record.
 * Two rows with the same key in one import are a problem naming both rows.
 */
final class KeyedMerge<T> {

    /** The meta a candidate carries until {@link #offer} gives it its real one. */
    static final RecordMeta PLACEHOLDER = new RecordMeta(new UUID(0, 0), new UUID(0, 0), Instant.EPOCH,
            Instant.EPOCH, false);

    private final Map<String, T> existing;
    private final Function<T, RecordMeta> metaOf;
    private final BiFunction<T, RecordMeta, T> withMeta;
    private final Instant now;
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final List<T> toWrite = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;

    KeyedMerge(Map<String, T> existing, Function<T, RecordMeta> metaOf, BiFunction<T, RecordMeta, T> withMeta,
            Instant now) {
        this.existing = existing;
        this.metaOf = metaOf;
        this.withMeta = withMeta;
        this.now = now;
    }

    /** Whether the key was already used by an earlier row (noted as a problem on this row). */
    boolean isDuplicate(String key, RowValues row) {
        Integer earlier = firstRow.putIfAbsent(key, row.rowNumber());
        if (earlier != null) {
            row.rowProblem("data.problem.duplicate", earlier, row.rowNumber());
            return true;
        }
        return false;
    }

    /** Whether a row of the file has the key. */
    boolean seen(String key) {
        return firstRow.containsKey(key);
    }

    /** The existing record of a key, if any. */
    T existing(String key) {
        return existing.get(key);
    }

    /**
     * Offers a checked row's record (its meta is ignored); returns the record as it will be
     * stored. {@code newId} is the id a new record gets, {@code unitId} the unit it belongs to.
     */
    T offer(String key, T candidate, UUID newId, UUID unitId) {
        return offer(existing.get(key), candidate, newId, unitId);
    }

    /** As {@link #offer(String, Object, UUID, UUID)}, the existing record of the key found by the caller (null: none). */
    T offer(T old, T candidate, UUID newId, UUID unitId) {
        if (old != null) {
            T same = withMeta.apply(candidate, metaOf.apply(old));
            if (same.equals(old)) {
                unchanged++;
                return old;
            }
            T changed = withMeta.apply(candidate, metaOf.apply(old).touched(now));
            toWrite.add(changed);
            updated++;
            return changed;
        }
        T fresh = withMeta.apply(candidate, new RecordMeta(newId, unitId, now, now, false));
        toWrite.add(fresh);
        added++;
        return fresh;
    }

    List<T> toWrite() {
        return toWrite;
    }

    SheetCounts counts(String sheet) {
        return new SheetCounts(sheet, added, updated, unchanged);
    }
}
