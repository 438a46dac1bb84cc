package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;

/** A full disk is recognised as such, and the write it stopped leaves nothing behind. */
class DiskFullTest {

    @TempDir
    Path folder;

    @Test
    void aWriteStoppedByAFullDiskIsRecognisedAndWritesNothing() {
        try (Store store = StoreFixture.open(folder)) {
            Unit district = StoreFixture.unit(store, "H01", "Huyện", 2, null);
            // SQLite answers SQLITE_FULL once the file may not grow, exactly as on a full disk
            long pages = store.db().read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                    return rs.getLong(1);
                }
            });
            store.db().read(c -> c.createStatement().execute("PRAGMA max_page_count = " + (pages + 2)));
            List<Unit> many = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                UUID id = UUID.randomUUID();
                many.add(new Unit(new RecordMeta(id, id, StoreFixture.NOW, StoreFixture.NOW, false), "X" + i,
                        "Xã " + "rất dài ".repeat(40) + i, 3, district.id(), null, null, List.of()));
            }

            Throwable failure = catchThrowable(() -> store.units.putAll(many));

            assertThat(failure).isInstanceOf(StoreException.class);
            assertThat(DiskFull.in(failure)).isTrue();
            assertThat(store.units.tree().children(district.id())).isEmpty();
        }
    }

    @Test
    void otherFailuresAreNotTakenForAFullDisk() {
        assertThat(DiskFull.in(new StoreException("Write failed: constraint", new IllegalStateException()))).isFalse();
        assertThat(DiskFull.in(new IOException("Access denied"))).isFalse();
        assertThat(DiskFull.in(new RuntimeException(new IOException("No space left on device")))).isTrue();
    }
}
