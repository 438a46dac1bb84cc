package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Slot;

class SaveRecordCommandTest {

    @TempDir
    Path folder;
    private StoredBroadcasts data;

    @BeforeEach
    void open() {
        data = new StoredBroadcasts(folder);
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void undoOfANewRecordTombstonesIt() {
        Broadcast fresh = data.broadcast("Bản tin");
        SaveRecordCommand<Broadcast> save = new SaveRecordCommand<>(data.store.broadcasts, Broadcast::meta, fresh,
                null);
        save.execute();
        assertThat(save.saved().meta().id()).isEqualTo(fresh.meta().id());
        assertThat(data.store.broadcasts.countLive()).isEqualTo(1);

        save.undo();
        assertThat(data.store.broadcasts.countLive()).isZero();
        assertThat(data.store.broadcasts.find(fresh.meta().id()).orElseThrow().meta().deleted()).isTrue();
    }

    @Test
    void undoOfAnUpdateRestoresThePreviousVersion() {
        Broadcast original = data.store.broadcasts.save(data.broadcast("Bản tin cũ"));
        Broadcast changed = new Broadcast(original.meta(), original.airedOn(), Slot.EVENING, "Bản tin mới",
                Production.RERUN, 30, "", "");
        SaveRecordCommand<Broadcast> save = new SaveRecordCommand<>(data.store.broadcasts, Broadcast::meta, changed,
                original);
        save.execute();
        assertThat(data.titleOf(original)).isEqualTo("Bản tin mới");

        save.undo();
        Broadcast restored = data.store.broadcasts.find(original.meta().id()).orElseThrow();
        assertThat(restored.programTitle()).isEqualTo("Bản tin cũ");
        assertThat(restored.minutes()).isEqualTo(15);
        assertThat(restored.slot()).isEqualTo(Slot.MORNING);
    }
}
