package vn.dxoutreach.ui.activity;

import java.util.UUID;
import vn.dxoutreach.store.RecordRepository;

/** Deletes (tombstones) a record; undo brings it back as it was. */
public final class DeleteRecordCommand implements EditCommand {

    private final RecordRepository<?> repository;
    private final UUID id;

    public DeleteRecordCommand(RecordRepository<?> repository, UUID id) {
        this.repository = repository;
        this.id = id;
    }

    @Override
    public void execute() {
        repository.delete(id);
    }

    @Override
    public void undo() {
        repository.undelete(id);
    }
}
