package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work arriving after the database closed is told so by its own exception, which screens ignore. */
class StoreClosedTest {

    @TempDir
    Path folder;

    @Test
    void readsAndWritesAfterCloseSayTheStoreIsClosed() {
        Store store = StoreFixture.open(folder);
        store.close();

        assertThatThrownBy(() -> store.units.countLive()).isInstanceOf(StoreClosedException.class);
        assertThatThrownBy(() -> StoreFixture.unit(store, "X", "Xã", 3, null))
                .isInstanceOf(StoreClosedException.class);
    }
}
