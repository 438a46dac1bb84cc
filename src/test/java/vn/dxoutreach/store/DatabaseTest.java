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

    @Test
    void derivedDataIsWrittenOnlyWhenNothingElseWrites() throws Exception {
        try (Store store = StoreFixture.open(temp.resolve("data"))) {
            Database db = store.db();
            db.write(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("CREATE TABLE scratch (x INTEGER)");
                }
            });
            SqlWork<Integer> insert = c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO scratch VALUES (1)");
                }
            };
            // inside a write: left for another time, and the write goes on
            db.write(c -> {
                assertThat(db.keepDerived(insert)).isFalse();
                return null;
            });
            // while another thread holds the writes
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> {
                try (DataFolderLock.Hold hold = db.holdWrites()) {
                    held.countDown();
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            writer.start();
            held.await();
            assertThat(db.keepDerived(insert)).isFalse();
            done.countDown();
            writer.join();
            // free: written, yet no change of the data
            long changes = db.changeCount();
            assertThat(db.keepDerived(insert)).isTrue();
            assertThat(db.changeCount()).isEqualTo(changes);
            int rows = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM scratch")) {
                    return rs.next() ? rs.getInt(1) : -1;
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }
}
