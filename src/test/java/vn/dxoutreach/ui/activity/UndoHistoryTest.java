package vn.dxoutreach.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/** Each edit of an activity screen can be taken back, newest first. */
class UndoHistoryTest {

    @TempDir
    Path folder;
    private Store store;
    private Unit commune;
    private final UndoHistory history = new UndoHistory();

    @BeforeEach
    void open() {
        store = StoreFixture.open(folder);
        commune = StoreFixture.unit(store, "X01", "Xã B", 3, null);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Broadcast broadcast(String title) {
        return new Broadcast(RecordMeta.fresh(commune.id(), StoreFixture.NOW), LocalDate.of(2026, 10, 5),
                Slot.MORNING, title, Production.NEW, 15, "", "");
    }

    private SaveRecordCommand<Broadcast> save(Broadcast record, Broadcast previous) {
        return new SaveRecordCommand<>(store.broadcasts, Broadcast::meta, record, previous);
    }

    @Test
    void undoOfDeleteRestoresTheRecord() {
        Broadcast stored = store.broadcasts.save(broadcast("Bản tin"));
        history.execute(new DeleteRecordCommand(store.broadcasts, stored.meta().id()));
        assertThat(store.broadcasts.countLive()).isZero();

        assertThat(history.undo()).isTrue();
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
        assertThat(store.broadcasts.find(stored.meta().id()).orElseThrow().programTitle()).isEqualTo("Bản tin");
    }

    @Test
    void undoOfANewRecordDeletesIt() {
        history.execute(save(broadcast("Bản tin"), null));
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
        history.undo();
        assertThat(store.broadcasts.countLive()).isZero();
    }

    @Test
    void undoOfAnUpdateRestoresThePreviousVersion() {
        Broadcast original = store.broadcasts.save(broadcast("Bản tin cũ"));
        Broadcast changed = new Broadcast(original.meta(), original.airedOn(), Slot.EVENING, "Bản tin mới",
                Production.RERUN, 30, "", "");
        history.execute(save(changed, original));
        assertThat(store.broadcasts.find(original.meta().id()).orElseThrow().programTitle()).isEqualTo("Bản tin mới");

        history.undo();
        Broadcast restored = store.broadcasts.find(original.meta().id()).orElseThrow();
        assertThat(restored.programTitle()).isEqualTo("Bản tin cũ");
        assertThat(restored.minutes()).isEqualTo(15);
        assertThat(restored.slot()).isEqualTo(Slot.MORNING);
    }

    @Test
    void editsAreUndoneNewestFirstUntilNoneIsLeft() {
        history.execute(save(broadcast("Một"), null));
        Broadcast second = broadcast("Hai");
        history.execute(save(second, null));
        history.undo();
        assertThat(store.broadcasts.find(second.meta().id()).orElseThrow().meta().deleted()).isTrue();
        assertThat(store.broadcasts.countLive()).isEqualTo(1);
        history.undo();
        assertThat(history.undo()).isFalse();
        assertThat(history.isEmpty()).isTrue();
    }
}
