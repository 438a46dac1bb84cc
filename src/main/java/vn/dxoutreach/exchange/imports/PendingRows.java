package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sheet's checked rows, held until they are matched to stored records: first every row is read
 * (duplicates within the file noted), then the stored records of only the units and days the rows
 * name are streamed from the store and kept where their natural key is one of the rows', then each
 * row is offered to a {@link KeyedMerge}. An import's cost thus follows its file, not the database.
 */
final class PendingRows<T> {

    private record Row<T>(String key, T candidate, UUID unitId) {
    }

    private final Function<T, String> keyOf;
    private final Function<T, String> recorderOf;
    private final BiFunction<T, String, T> withRecorder;
    private final Map<String, T> existing = new HashMap<>();
    private final KeyedMerge<T> merge;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Map<UUID, Set<LocalDate>> unitDays = new HashMap<>();

    PendingRows(Instant now, Function<T, String> keyOf, Function<T, vn.dxoutreach.domain.RecordMeta> metaOf,
            BiFunction<T, vn.dxoutreach.domain.RecordMeta, T> withMeta, Function<T, String> recorderOf,
            BiFunction<T, String, T> withRecorder) {
        this.keyOf = keyOf;
        this.recorderOf = recorderOf;
        this.withRecorder = withRecorder;
        this.merge = new KeyedMerge<>(existing, metaOf, withMeta, now);
    }

    /** Whether the key was already used by an earlier row of the file (noted as a problem on this row). */
    boolean isDuplicate(String key, RowValues row) {
        return merge.isDuplicate(key, row);
    }

    /** A checked row's record, whose key starts with its unit and day. */
    void add(String key, T candidate, UUID unitId, LocalDate day) {
        rows.add(new Row<>(key, candidate, unitId));
        unitDays.computeIfAbsent(unitId, u -> new HashSet<>()).add(day);
    }

    /**
     * Matches the rows to the stored records of their units and days, by natural key; a row that
     * names nobody as its recorder keeps the name its stored record has.
     */
    KeyedMerge<T> matched(ActivityRows.Stored<T> stored) {
        stored.forEachLiveOn(unitDays, record -> {
            String key = keyOf.apply(record);
            if (merge.seen(key)) {
                existing.putIfAbsent(key, record);
            }
        });
        unitDays.clear();
        for (int i = 0; i < rows.size(); i++) {
            // each row let go of once offered: its candidate is garbage once the record to store is made
            Row<T> row = rows.set(i, null);
            T old = existing.get(row.key());
            T candidate = old != null && recorderOf.apply(row.candidate()).isEmpty()
                    ? withRecorder.apply(row.candidate(), recorderOf.apply(old)) : row.candidate();
            merge.offer(row.key(), candidate, UUID.randomUUID(), row.unitId());
        }
        rows.clear();
        return merge;
    }
}
