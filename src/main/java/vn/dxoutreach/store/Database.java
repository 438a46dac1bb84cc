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

    /**
     * SQLite's page cache, in kB. Its pages live outside the Java heap, in the process's resident set
     * beside it: with 64 MB every step at province scale grew by as much (bench: an import of 100,000
     * rows 397 MB peak resident set, 324 MB with 8 MB) while the import took no longer — its writes
     * land at random places in tables far larger than any cache an office PC can give, and the
     * operating system keeps the file's pages cached anyway. A little more than SQLite's default 2 MB,
     * so that a bulk write's dirty pages do not spill to the WAL file again and again.
     */
    static final int CACHE_KB = 8 * 1024;

    /** How long {@link #keepDerived} waits for a read under way. */
    private static final long DERIVED_WAIT_MILLIS = 500;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final DataFolderLock folderLock;
    private final DataFolderLock.Hold openHold;
    private boolean inTransaction;
    /** The connection's changes no figure depends on ({@link #keepDerived}, {@link #uncounted}). */
    private long uncountedChanges;
    private final StoreEvents events = new StoreEvents();
    /** What the open transaction has written so far; announced once it commits. */
    private final StoreChange.Pending pending = new StoreChange.Pending();

    private Database(Path file, Connection connection, DataFolderLock folderLock, DataFolderLock.Hold openHold) {
        this.file = file;
        this.connection = connection;
        this.folderLock = folderLock;
        this.openHold = openHold;
    }

    /**
     * Opens (creating when missing) the database file and brings its schema up to date. A file that is
     * not a database of this application, a schema newer than this build, a folder that cannot be
     * written or that is a file are each a {@link DataFolderProblem}.
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        usableFolder(folder);
        if (Files.isDirectory(absolute)) {
            throw new DataFolderProblem(DataFolderProblem.Kind.DAMAGED, absolute, null);
        }
        DataFolderLock folderLock = DataFolderLock.of(folder);
        DataFolderLock.Hold openHold = folderLock.open();
        Connection connection = null;
        try {
            String url = "jdbc:sqlite:" + absolute;
            connection = DriverManager.getConnection(url, config().toProperties());
            if (needsMigration(connection, absolute)) {
                try (DataFolderLock.Hold writing = folderLock.write()) {
                    if (needsMigration(connection, absolute)) {
                        migrate(url);
                    }
                }
            }
            return new Database(absolute, connection, folderLock, openHold);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            openHold.close();
            if (e instanceof DataFolderProblem problem) {
                throw problem;
            }
            if (DataDamage.in(e)) {
                throw new DataFolderProblem(DataFolderProblem.Kind.DAMAGED, absolute, e);
            }
            if (DataDamage.unwritable(e)) {
                throw new DataFolderProblem(DataFolderProblem.Kind.UNWRITABLE, folder, e);
            }
            throw new StoreException("Cannot open database " + file, e);
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // a write takes SQLite's write lock when it begins, not at its first change: a transaction that
        // read first could otherwise fail at once when another process wrote meanwhile
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setCacheSize(-CACHE_KB);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }

    /** The folder exists (made when missing), is a folder and can be written. */
    private static void usableFolder(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DataFolderProblem(DataFolderProblem.Kind.NOT_A_FOLDER, folder, null);
        }
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.NotDirectoryException e) {
            throw new DataFolderProblem(DataFolderProblem.Kind.NOT_A_FOLDER, folder, e);
        } catch (java.io.IOException e) {
            throw new DataFolderProblem(DataFolderProblem.Kind.UNWRITABLE, folder, e);
        }
        if (!Files.isWritable(folder)) {
            throw new DataFolderProblem(DataFolderProblem.Kind.UNWRITABLE, folder, null);
        }
    }

    /**
     * Whether a migration script of this build is not yet applied; refuses a schema newer than the
     * build and a history it cannot read.
     */
    private static boolean needsMigration(Connection connection, Path file) throws SQLException {
        Set<String> applied = appliedVersions(connection);
        Set<String> known = MigrationIndex.versionNames();
        switch (SchemaVersions.judge(applied, known)) {
            case NEWER -> throw DataFolderProblem.newer(file, SchemaVersions.newest(applied),
                    SchemaVersions.newest(known));
            case DAMAGED -> throw new DataFolderProblem(DataFolderProblem.Kind.DAMAGED, file, null);
            default -> {
                return !applied.containsAll(known);
            }
        }
    }

    /** The versions recorded as applied, as Flyway wrote them; empty for a new file. */
    static Set<String> appliedVersions(Connection connection) throws SQLException {
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

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already failing; the first failure is the one to tell
            }
        }
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

    /**
     * Runs work in a transaction: either all of it is written or, on any exception, none. Once the
     * outermost transaction commits, {@link #events()} announces what it changed.
     */
    public <T> T write(SqlWork<T> work) {
        // the folder's write lock first, so that a thread waiting for another process holds nothing here
        try (DataFolderLock.Hold writing = folderLock.write()) {
            return writeHeld(work);
        }
    }

    /**
     * Holds the data folder's write lock until the returned hold is closed, so that a command's checks
     * and its writes see no other process's writes in between.
     */
    public DataFolderLock.Hold holdWrites() {
        return folderLock.write();
    }

    private <T> T writeHeld(SqlWork<T> work) {
        T result;
        StoreChange committed = null;
        lock.lock();
        try {
            ensureOpen();
            if (inTransaction) {
                return work.run(connection);
            }
            inTransaction = true;
            connection.setAutoCommit(false);
            Throwable failure = null;
            try {
                result = work.run(connection);
                connection.commit();
                committed = pending.isEmpty() ? null : pending.drain();
            } catch (SQLException | RuntimeException | Error e) {
                pending.clear();
                failure = e;
                // SQLite may have rolled back already (a full disk): ending it again must not hide why
                quietly(connection::rollback, e);
                throw e;
            } finally {
                inTransaction = false;
                if (failure == null) {
                    connection.setAutoCommit(true);
                } else {
                    quietly(() -> connection.setAutoCommit(true), failure);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
        if (committed != null) {
            // outside the lock: a listener may read at once without waiting behind another writer
            events.fire(committed);
        }
        return result;
    }

    /**
     * Writes what is worked out from the data, never the data itself, when that costs no wait: not
     * inside another write, not while another thread or process writes. Such writes announce nothing
     * and do not count in {@link #changeCount}. Returns false when the work was left undone (busy, or
     * it failed: a full disk, a read-only folder), having written nothing.
     */
    boolean keepDerived(SqlWork<?> work) {
        try {
            // reads are short: wait for one, not for a long write
            if (!lock.tryLock(DERIVED_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (lock.getHoldCount() > 1 || inTransaction || connection.isClosed()) {
                return false;
            }
            DataFolderLock.Hold writing = folderLock.tryWrite();
            if (writing == null) {
                return false;
            }
            try (writing) {
                long before = totalChanges();
                connection.setAutoCommit(false);
                try {
                    work.run(connection);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    quietly(connection::rollback, e);
                    return false;
                } finally {
                    connection.setAutoCommit(true);
                }
                uncountedChanges += totalChanges() - before;
                return true;
            }
        } catch (SQLException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs work inside a write whose changes no figure depends on (a remembered paragraph, a preference):
     * written and announced like any other, not counted in {@link #changeCount}, so figures stay cached.
     */
    <T> T uncounted(SqlWork<T> work) throws SQLException {
        if (!inTransaction || !lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("uncounted work runs inside a write");
        }
        long before = totalChanges();
        T result = work.run(connection);
        uncountedChanges += totalChanges() - before;
        return result;
    }

    private long totalChanges() throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT total_changes()")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** Notes, inside a write, what it changes; announced when the transaction commits. */
    void noteChange(DataKind kind, java.util.UUID unit, java.time.LocalDate date) {
        pending.note(kind, unit, date);
    }

    /** Where committed changes are announced. */
    public StoreEvents events() {
        return events;
    }

    /** Something that may fail after a first failure; its failure is kept with the first. */
    @FunctionalInterface
    private interface Cleanup {
        void run() throws SQLException;
    }

    private static void quietly(Cleanup cleanup, Throwable first) {
        try {
            cleanup.run();
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    /**
     * A number that grows with every row changed through this database since it was opened, but for
     * the changes no figure depends on (see {@link #uncounted}); caches of derived figures compare it to
     * know when to recompute. All writes of the application go through this one connection.
     */
    public long changeCount() {
        return read(c -> totalChanges() - uncountedChanges);
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
                         "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                int newest = 0;
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (SchemaVersions.valid(version)) {
                        newest = Math.max(newest, Integer.parseInt(version.split("\\.")[0]));
                    }
                }
                return newest;
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
            openHold.close();
            lock.unlock();
        }
    }
}
