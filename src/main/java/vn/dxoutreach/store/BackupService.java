package vn.dxoutreach.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups that restore: one zip holding a consistent copy of the database (SQLite's online backup,
 * checked with {@code PRAGMA integrity_check}) and the evidence files. A restore checks the backup
 * first, keeps the current data as a backup of its own, and replaces the database in one move; a
 * damaged backup is refused and the current data stays as it is.
 */
public final class BackupService {

    /** How many automatic backups are kept, unless the office sets another number. */
    public static final int DEFAULT_KEEP = 10;
    public static final String KEEP_SETTING = "backup.keep";

    private static final String DATABASE_ENTRY = "dx-outreach.db";
    private static final String EVIDENCE_PREFIX = "evidence/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

    /** A backup that cannot be restored: not ours, damaged, or from a newer version. */
    public static final class DamagedBackup extends Exception {
        public DamagedBackup(String message) {
            super(message);
        }
    }

    private BackupService() {
    }

    /** Writes a backup of the open store to a zip file. */
    public static void backup(Store store, Path out) throws IOException {
        Path temp = Files.createTempFile("dx-outreach-backup", ".db");
        Files.delete(temp);
        try {
            store.db().read(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("backup to '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
                }
                return null;
            });
            if (!intact(temp)) {
                throw new IOException("The backup copy failed its integrity check");
            }
            Path part = out.resolveSibling(out.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(temp, zip);
                zip.closeEntry();
                Path evidence = store.folder().evidence();
                if (Files.isDirectory(evidence)) {
                    try (Stream<Path> files = Files.walk(evidence)) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            zip.putNextEntry(new ZipEntry(EVIDENCE_PREFIX + evidence.relativize(file).toString()
                                    .replace('\\', '/')));
                            Files.copy(file, zip);
                            zip.closeEntry();
                        }
                    }
                }
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Makes an automatic backup in the data folder's backups/ when none was made today, keeping the
     * newest N. Returns the file written, or null when today's backup already exists.
     */
    public static Path automatic(Store store) throws IOException {
        Path folder = Files.createDirectories(store.folder().backups());
        LocalDateTime now = LocalDateTime.now(store.clock());
        String today = now.toLocalDate().toString();
        try (Stream<Path> existing = Files.list(folder)) {
            if (existing.anyMatch(p -> p.getFileName().toString().startsWith("auto-" + today))) {
                return null;
            }
        }
        Path out = folder.resolve("auto-" + STAMP.format(now) + ".zip");
        backup(store, out);
        int keep = kept(store);
        List<Path> autos;
        try (Stream<Path> files = Files.list(folder)) {
            autos = files.filter(p -> p.getFileName().toString().startsWith("auto-"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : autos.subList(Math.min(keep, autos.size()), autos.size())) {
            Files.deleteIfExists(old);
        }
        return out;
    }

    /** How many automatic backups are kept (Cài đặt), {@value #DEFAULT_KEEP} unless set. */
    public static int kept(Store store) {
        return store.settings.get(KEEP_SETTING).map(Integer::parseInt).orElse(DEFAULT_KEEP);
    }

    /**
     * Restores a backup into a data folder whose store is closed. The backup is checked first; the
     * current database is kept as {@code backups/before-restore-….db}; then the database is replaced in
     * one move and the evidence files added.
     */
    public static void restore(DataFolder folder, Path backup, Clock clock)
            throws IOException, DamagedBackup {
        Path work = Files.createTempDirectory("dx-outreach-restore");
        try {
            Path database = unpack(backup, work);
            if (database == null || !intact(database)) {
                throw new DamagedBackup("not an intact backup");
            }
            if (schemaVersion(database) > Database.knownSchemaVersion()) {
                throw new DamagedBackup("backup from a newer version");
            }
            Files.createDirectories(folder.backups());
            Path live = folder.database();
            if (Files.exists(live)) {
                Files.copy(live, folder.backups().resolve("before-restore-" + STAMP.format(LocalDateTime.now(clock))
                        + ".db"), StandardCopyOption.REPLACE_EXISTING);
            }
            Path staged = live.resolveSibling("restore.part");
            Files.copy(database, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-wal"));
            Files.deleteIfExists(live.resolveSibling(live.getFileName() + "-shm"));
            Files.move(staged, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path evidence = work.resolve("evidence");
            if (Files.isDirectory(evidence)) {
                try (Stream<Path> files = Files.walk(evidence)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path target = folder.evidence().resolve(evidence.relativize(file).toString());
                        if (!Files.exists(target)) {
                            Files.createDirectories(target.getParent());
                            Files.copy(file, target);
                        }
                    }
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Unpacks the database and evidence of a backup; returns the database, or null if there is none. */
    private static Path unpack(Path backup, Path work) throws IOException, DamagedBackup {
        Path database = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.contains("..") || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
                    throw new DamagedBackup("unsafe entry " + name);
                }
                if (name.equals(DATABASE_ENTRY)) {
                    database = work.resolve(DATABASE_ENTRY);
                    copy(zip, database);
                } else if (name.startsWith(EVIDENCE_PREFIX) && !entry.isDirectory()) {
                    Path target = work.resolve("evidence").resolve(name.substring(EVIDENCE_PREFIX.length()));
                    Files.createDirectories(target.getParent());
                    copy(zip, target);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new DamagedBackup("not a zip: " + e.getMessage());
        }
        return database;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    /** Whether SQLite finds the file intact and it carries this application's schema. */
    static boolean intact(Path database) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var st = c.createStatement();
             var rs = st.executeQuery("PRAGMA integrity_check")) {
            if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                return false;
            }
            try (var tables = st.executeQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('flyway_schema_history', 'unit', 'broadcast')")) {
                return tables.next() && tables.getInt(1) == 3;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private static int schemaVersion(Path database) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            return Integer.MAX_VALUE;
        }
    }
}
