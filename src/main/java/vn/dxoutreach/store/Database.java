package vn.dxoutreach.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;

/**
 * The application's single SQLite file. One connection, used by one thread at a time;
 * {@link #write} runs its work in a transaction and joins the caller's transaction when nested,
 * so an import or a package merge is all-or-nothing however many repositories it touches.
 */
public final class Database implements AutoCloseable {

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when missing) the database file and brings its schema up to date. */
    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            config.setBusyTimeout(5000);
            // a large import or package merge is one transaction: with the default 2 MB of cache its
            // dirty pages spill to the WAL file again and again before it commits
            config.setCacheSize(-64 * 1024);
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
            Connection connection = DriverManager.getConnection(url, config.toProperties());
            if (!appliedVersions(connection).containsAll(MigrationIndex.versions())) {
                migrate(url);
            }
            return new Database(file, connection);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("Cannot open database " + file, e);
        }
    }

    /** The versions recorded as applied; empty for a new file. */
    private static Set<String> appliedVersions(Connection connection) throws SQLException {
        Set<String> applied = new HashSet<>();
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!rs.next()) {
                return applied;
            }
        }
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
            while (rs.next()) {
                applied.add(rs.getString(1));
            }
        }
        return applied;
    }

    private static void migrate(String url) {
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work. */
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in a transaction: either all of it is written or, on any exception, none. */
    public <T> T write(SqlWork<T> work) {
        lock.lock();
        try {
            ensureOpen();
            if (inTransaction) {
                return work.run(connection);
            }
            inTransaction = true;
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
                inTransaction = false;
            }
        } catch (SQLException e) {
            throw new StoreException("Write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A number that grows with every row changed through this database since it was opened; caches
     * of derived figures compare it to know when to recompute. All writes of the application go
     * through this one connection.
     */
    public long changeCount() {
        return read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT total_changes()")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The newest schema version this build knows (its highest migration script). */
    public static int knownSchemaVersion() {
        return MigrationIndex.newestMajor();
    }

    /** The schema version the file is at, as recorded by the migrations. */
    public int schemaVersion() {
        return read(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery(
                         "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private void ensureOpen() throws SQLException {
        if (connection.isClosed()) {
            throw new StoreClosedException();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close database", e);
        } finally {
            lock.unlock();
        }
    }
}
