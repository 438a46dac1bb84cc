package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.dxoutreach.domain.RecordMeta;

/**
 * A sheet's checked rows, held until they are matched to stored records: first every row is read
 * (duplicates within the file noted), then the stored records of only the units and days the rows
 * name are streamed from the store, each offered with the row of its natural key to a
 * {@link KeyedMerge} as it comes and let go of, and last the rows no stored record has are offered as
 * new. An import's cost thus follows its file, not the database, and a re-import never holds the
 * stored records it compares with.
 */
final class PendingRows<T> {

    private record Row<T>(T candidate, UUID unitId) {
    }

    private final Function<T, String> keyOf;
    private final Function<T, String> recorderOf;
    private final BiFunction<T, String, T> withRecorder;
    private final KeyedMerge<T> merge;
    /** The rows not yet matched, by natural key, in file order. */
    private final Map<String, Row<T>> rows = new LinkedHashMap<>();
    private final Map<UUID, Set<LocalDate>> unitDays = new HashMap<>();

    PendingRows(Instant now, Function<T, String> keyOf, Function<T, RecordMeta> metaOf,
            BiFunction<T, RecordMeta, T> withMeta, Function<T, String> recorderOf,
            BiFunction<T, String, T> withRecorder) {
        this.keyOf = keyOf;
        this.recorderOf = recorderOf;
        this.withRecorder = withRecorder;
        this.merge = new KeyedMerge<>(Map.of(), metaOf, withMeta, now);
    }

    /** Whether the key was already used by an earlier row of the file (noted as a problem on this row). */
    boolean isDuplicate(String key, RowValues row) {
        return merge.isDuplicate(key, row);
    }

    /** A checked row's record, whose key (not a duplicate) starts with its unit and day. */
    void add(String key, T candidate, UUID unitId, LocalDate day) {
        rows.put(key, new Row<>(candidate, unitId));
        unitDays.computeIfAbsent(unitId, u -> new HashSet<>()).add(day);
    }

    /**
     * Matches the rows to the stored records of their units and days, by natural key (the first
     * stored record of a key is its match); a row that names nobody as its recorder keeps the name
     * its stored record has.
     */
    KeyedMerge<T> matched(ActivityRows.Stored<T> stored) {
        stored.forEachLiveOn(unitDays, record -> {
            Row<T> row = rows.remove(keyOf.apply(record));
            if (row != null) {
                offer(row, record);
            }
        });
        unitDays.clear();
        for (Iterator<Row<T>> unmatched = rows.values().iterator(); unmatched.hasNext(); ) {
            Row<T> row = unmatched.next();
            unmatched.remove();
            offer(row, null);
        }
        return merge;
    }

    private void offer(Row<T> row, T old) {
        T candidate = old != null && recorderOf.apply(row.candidate()).isEmpty()
                ? withRecorder.apply(row.candidate(), recorderOf.apply(old)) : row.candidate();
        merge.offer(old, candidate, UUID.randomUUID(), row.unitId());
    }
}
