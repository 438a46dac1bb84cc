package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;

/**
 * The activity sheets ({@link ActivitySheet#ALL}), each read alike. Each row names its unit by code;
 * the unit must exist (stored or in this import) and lie within the office's area: its subtree and
 * the units merged into it. A row's natural key is its unit, its day and its sheet's own parts; a row
 * whose key a stored record has updates that record.
 */
final class ActivityRows {

    private final UnitRows units;
    /** The units whose records the office may hold: its subtree and the units merged into it; null: any. */
    private final Set<UUID> officeArea;
    private final Unit office;
    private final Problems problems;
    private final ChoiceLookup choices;
    private final Instant now;

    ActivityRows(UnitRows units, Unit office, Problems problems, ChoiceLookup choices, Instant now) {
        this.units = units;
        UnitTree tree = units.tree();
        this.officeArea = office == null ? null : tree.contributors(office.id());
        this.office = office;
        this.problems = problems;
        this.choices = choices;
        this.now = now;
    }

    /** Checks a sheet's rows and matches them to the stored records of their units and days. */
    @SuppressWarnings("unchecked")
    <T extends ActivityRecord> KeyedMerge<T> rows(ActivitySheet<T> definition, SheetRows sheet, Stored<T> stored,
            Progress progress) {
        PendingRows<T> merge = new PendingRows<>(now, r -> definition.key(r.meta().unitId(), r), T::meta,
                (r, meta) -> (T) r.withMeta(meta), T::recordedBy, (r, name) -> (T) r.withRecordedBy(name));
        for (RowValues row : sheet.rows(problems)) {
            progress.row();
            LocalDate day = row.date(definition.dayColumn());
            Unit unit = unit(row);
            T candidate = definition.reader().read(row, day, choices);
            if (candidate == null || !row.ok()) {
                continue;
            }
            String key = definition.key(unit.id(), candidate);
            if (!merge.isDuplicate(key, row)) {
                merge.add(key, candidate, unit.id(), day);
            }
        }
        return merge.matched(stored);
    }

    /**
     * The unit a row names, checked to exist and to lie within the office — below it, or merged into
     * it with the old records a commune formed by a merger keeps; null (noted) otherwise.
     */
    Unit unit(RowValues row) {
        String code = row.text("unit");
        if (code.isEmpty()) {
            return null;
        }
        Unit unit = units.byCode(code);
        if (unit == null) {
            row.problem("unit", code, "data.problem.unknownUnit");
            return null;
        }
        if (officeArea != null && !officeArea.contains(unit.id())) {
            row.problem("unit", code, "data.problem.outsideOffice", office.name());
            return null;
        }
        return unit;
    }

    /** The stored records of some units on some days, handed over one at a time. */
    interface Stored<T> {
        void forEachLiveOn(Map<UUID, Set<LocalDate>> unitDays, Consumer<T> consumer);
    }

    /** Counts checked rows for the progress bar and stops when the user cancels. */
    interface Progress {
        void row();
    }
}
