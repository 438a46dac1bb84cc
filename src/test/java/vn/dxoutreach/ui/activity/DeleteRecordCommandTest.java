package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;

class DeleteRecordCommandTest {

    @TempDir
    Path folder;

    @Test
    void deleteTombstonesAndUndoRestoresTheRecord() {
        try (StoredBroadcasts data = new StoredBroadcasts(folder)) {
            Broadcast stored = data.store.broadcasts.save(data.broadcast("Bản tin"));
            DeleteRecordCommand delete = new DeleteRecordCommand(data.store.broadcasts, stored.meta().id());
            delete.execute();
            assertThat(data.store.broadcasts.countLive()).isZero();

            delete.undo();
            assertThat(data.store.broadcasts.countLive()).isEqualTo(1);
            assertThat(data.titleOf(stored)).isEqualTo("Bản tin");
        }
    }
}
