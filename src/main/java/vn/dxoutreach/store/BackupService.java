package vn.dxoutreach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.SQLiteConnection;

/**
 * Backups that restore: one zip holding a consistent copy of the database (SQLite's online backup,
 * checked with {@code PRAGMA integrity_check}) and the evidence files. A restore checks all of the backup
 * first ({@link BackupCheck}), then, with the data folder to itself, keeps the current data as a backup
 * of its own (taken with the online backup too, so that changes still in the write-ahead log are in it),
 * and replaces the database in one move; a damaged backup is refused and the current data stays as it is.
 */
public final class BackupService {

    /** How many automatic backups are kept, unless the office sets another number. */
    public static final int DEFAULT_KEEP = 10;
    public static final String KEEP_SETTING = "backup.keep";

    private static final String WORK_PREFIX = "restore-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /** A backup that cannot be restored: not ours, damaged, from a newer version, or a folder. */
    public static final class DamagedBackup extends Exception {

        /** Why, as far as the user needs to know. */
        public enum Reason { DAMAGED, NEWER, FOLDER }

        private final Reason reason;

        public DamagedBackup(String message) {
            this(Reason.DAMAGED, message);
        }

        public DamagedBackup(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** The bundle key of the sentence that tells the user why (one argument: the file). */
        public String messageKey() {
            return switch (reason) {
                case NEWER -> "data.cli.newerBackup";
                case FOLDER -> "data.cli.folderBackup";
                default -> "data.cli.damagedBackup";
            };
        }
    }

    private BackupService() {
    }

    /** Writes a backup of the open store to a zip file. */
    public static void backup(Store store, Path out) throws IOException {
        Path copy = store.folder().root().resolve("backup-" + UUID.randomUUID() + ".tmp");
        try {
            store.db().read(c -> {
                onlineCopy(c, copy);
                return null;
            });
            if (!intact(copy)) {
                throw new IOException("The backup copy failed its integrity check");
            }
            writeZip(copy, store.folder().evidence(), out);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** SQLite's online backup of a connection's database into a new file (no SQL text holds the path). */
    private static void onlineCopy(Connection connection, Path target) throws SQLException {
        int result = connection.unwrap(SQLiteConnection.class).getDatabase()
                .backup("main", target.toAbsolutePath().toString(), null);
        if (result != 0) {
            throw new SQLException("Online backup failed with SQLite code " + result);
        }
    }

    /** The zip of a database copy and (when given) the evidence folder, written beside {@code out} first. */
    private static void writeZip(Path database, Path evidence, Path out) throws IOException {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
            zip.putNextEntry(new ZipEntry(BackupCheck.DATABASE_ENTRY));
            Files.copy(database, zip);
            zip.closeEntry();
            if (evidence != null && Files.isDirectory(evidence)) {
                try (Stream<Path> files = Files.walk(evidence)) {
                    for (Path file : files.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).toList()) {
                        zip.putNextEntry(new ZipEntry(BackupCheck.EVIDENCE_PREFIX
                                + evidence.relativize(file).toString().replace('\\', '/')));
                        Files.copy(file, zip);
                        zip.closeEntry();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Takes today's automatic backup unless there is one (see {@link AutomaticBackup}); returns the file
     * written, or null when today's backup already exists.
     */
    public static Path automatic(Store store) throws IOException {
        return AutomaticBackup.take(store, () -> false);
    }

    /** The newest automatic backup, if there is one: what a damaged data file is restored from. */
    public static Optional<Path> latestAutomatic(DataFolder folder) {
        return AutomaticBackup.latest(folder);
    }

    /** How many automatic backups are kept (Cài đặt), {@value #DEFAULT_KEEP} unless set. */
    public static int kept(Store store) {
        return store.settings.get(KEEP_SETTING).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    /**
     * Restores a backup into a data folder whose store is closed. The whole backup is checked first;
     * then, with no other process using the folder ({@link DataFolderProblem.Kind#IN_USE} otherwise),
     * the current database is kept as {@code backups/before-restore-….zip}, the evidence files added and
     * the database replaced in one move.
     */
    public static void restore(DataFolder folder, Path backup, Clock clock) throws IOException, DamagedBackup {
        sweepUnfinished(folder);
        Path work = Files.createDirectory(folder.root().resolve(WORK_PREFIX + UUID.randomUUID() + ".work"));
        try {
            Path database = BackupCheck.unpack(backup, work);
            DataFolderLock lock = DataFolderLock.of(folder.root());
            try (DataFolderLock.Hold alone = lock.alone()) {
                if (alone == null) {
                    throw new DataFolderProblem(DataFolderProblem.Kind.IN_USE, folder.root(), null);
                }
                try (DataFolderLock.Hold writing = lock.write()) {
                    Files.createDirectories(folder.backups());
                    String stamp = STAMP.format(LocalDateTime.now(clock));
                    keepCurrent(folder, stamp);
                    addEvidence(work.resolve("evidence"), folder.evidence());
                    // an automatic backup keeps its evidence beside it, not in its zip
                    AutomaticBackup.restoreEvidence(folder);
                    Files.move(database, folder.database(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Keeps the current database before it is replaced. A readable one is copied with the online backup
     * (committed changes still in the write-ahead log included) and checkpointed, so that no log is left
     * holding data; one SQLite cannot read is moved aside whole, its log with it. Nothing is deleted.
     */
    private static void keepCurrent(DataFolder folder, String stamp) throws IOException {
        Path live = folder.database();
        if (!Files.exists(live)) {
            return;
        }
        Path copy = folder.root().resolve("before-restore-" + UUID.randomUUID() + ".tmp");
        boolean copied = false;
        try {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live.toAbsolutePath());
                 var st = c.createStatement()) {
                onlineCopy(c, copy);
                try (var rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    copied = rs.next() && rs.getInt(1) == 0;
                }
            }
            if (copied) {
                writeZip(copy, null, folder.backups().resolve("before-restore-" + stamp + ".zip"));
            }
        } catch (SQLException e) {
            copied = false;
        } finally {
            Files.deleteIfExists(copy);
        }
        Path wal = sibling(live, "-wal");
        if (!copied || (Files.exists(wal) && Files.size(wal) > 0)) {
            Path aside = Files.createDirectories(folder.backups().resolve("before-restore-" + stamp + "-files"));
            for (Path file : List.of(live, wal, sibling(live, "-shm"))) {
                if (Files.exists(file)) {
                    Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } else {
            // checkpointed and closed: the log holds nothing and the shared-memory index is only a cache
            Files.deleteIfExists(wal);
            Files.deleteIfExists(sibling(live, "-shm"));
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Adds the backup's evidence files that are not here yet, each written under another name and moved. */
    private static void addEvidence(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }

    /** Removes the work folders of restores that were stopped part-way. */
    private static void sweepUnfinished(DataFolder folder) throws IOException {
        if (!Files.isDirectory(folder.root())) {
            Files.createDirectories(folder.root());
            return;
        }
        try (Stream<Path> files = Files.list(folder.root())) {
            for (Path left : files.filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX)
                    && p.getFileName().toString().endsWith(".work")).toList()) {
                deleteTree(left);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Whether SQLite finds the file intact and it carries this application's schema. */
    static boolean intact(Path database) {
        return intact(database, () -> false);
    }

    /** The same check, stopped (and answered false) once {@code cancelled} says so. */
    static boolean intact(Path database, java.util.function.BooleanSupplier cancelled) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var st = c.createStatement()) {
            AutomaticBackup.stopWhen(c, cancelled);
            return integrityOk(st);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean integrityOk(java.sql.Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA integrity_check")) {
            if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                return false;
            }
            try (var tables = st.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('flyway_schema_history', 'unit', 'broadcast')")) {
                return tables.next() && tables.getInt(1) == 3;
            }
        }
    }
}
