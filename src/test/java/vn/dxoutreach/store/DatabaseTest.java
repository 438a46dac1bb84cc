package vn.dxoutreach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void aWriteThatFillsTheDiskWritesNothingAndIsRecognisedAsAFullDisk() {
        try (Store store = StoreFixture.open(temp.resolve("data"))) {
            Unit unit = StoreFixture.unit(store, "X01", "Xã An", 3, null);
            // a database that may not grow is, to SQLite, a full disk
            store.db().read(c -> {
                try (var st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + (store.db().read(x -> pages(x)) + 2));
                }
                return null;
            });

            Throwable failure = catchThrowable(() -> store.db().write(c -> {
                for (int i = 0; i < 2_000; i++) {
                    store.broadcasts.save(new Broadcast(RecordMeta.fresh(unit.id(), StoreFixture.NOW),
                            LocalDate.of(2024, 10, 5), Slot.MORNING, "Chuyên mục " + "x".repeat(400) + i,
                            Production.NEW, 15, "", ""));
                }
                return null;
            }));

            assertThat(DiskFull.in(failure)).as("%s", failure).isTrue();
            assertThat(store.broadcasts.countLive()).isZero();
        }
    }

    @Test
    void sqlitesPageCacheStaysSmallAndTheFileIsNotMappedIntoMemory() {
        try (Store store = StoreFixture.open(temp.resolve("data"))) {
            // both live outside the Java heap, in the resident set an office PC pays for
            assertThat(pragma(store, "cache_size")).isEqualTo(-8 * 1024L);
            assertThat(pragma(store, "mmap_size")).isZero();
        }
    }

    private static long pragma(Store store, String name) {
        return store.db().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA " + name)) {
                return rs.getLong(1);
            }
        });
    }

    private static long pages(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }
}
