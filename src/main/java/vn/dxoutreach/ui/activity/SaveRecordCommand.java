package vn.dxoutreach.ui.activity;

import vn.dxoutreach.domain.ActivityRecord;
import java.util.function.Function;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.store.ActivityRepository;

/**
 * Saves a new or changed activity. Undoing a new record tombstones it; undoing a change stores the
 * version the user started from again (with a fresh update time, so the undo travels like any edit).
 */
public final class SaveRecordCommand<T extends ActivityRecord> implements EditCommand {

    private final ActivityRepository<T> repository;
    private final Function<T, RecordMeta> meta;
    private final T record;
    private final T previous;
    private T saved;

    /**
     * @param previous the stored version being replaced, null for a new record
     */
    public SaveRecordCommand(ActivityRepository<T> repository, Function<T, RecordMeta> meta, T record, T previous) {
        this.repository = repository;
        this.meta = meta;
        this.record = record;
        this.previous = previous;
    }

    @Override
    public void execute() {
        saved = repository.save(record);
    }

    @Override
    public void undo() {
        if (previous == null) {
            repository.delete(meta.apply(record).id());
        } else {
            repository.save(previous);
        }
    }

    /** The record as stored by {@link #execute()}, null before. */
    public T saved() {
        return saved;
    }
}
