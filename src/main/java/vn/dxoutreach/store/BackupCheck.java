package vn.dxoutreach.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.dxoutreach.store.BackupService.DamagedBackup;

/**
 * Unpacks a backup into a work folder and checks all of it before anything of the live data is touched:
 * the zip (one database entry, evidence entries named by their hash, nothing else, no name twice, sizes
 * within limits and as declared), the database (SQLite's integrity check, a schema history this build can
 * read and not newer than it, the tables that history promises) and every evidence file (its content hashes
 * to its name). Entries are streamed to disk, never held in memory.
 */
final class BackupCheck {

    static final String DATABASE_ENTRY = "dx-outreach.db";
    static final String EVIDENCE_PREFIX = "evidence/";

    /** No evidence file of an office is this large; a bigger entry is not a real backup. */
    static final long MAX_EVIDENCE_BYTES = 1L << 30;
    /** Room left free on the disk after unpacking, so that the restore itself can still write. */
    private static final long SPARE_BYTES = 64L << 20;
    private static final Pattern EVIDENCE_NAME = Pattern.compile("evidence/([0-9a-f]{2})/(\\1[0-9a-f]{62})");

    private BackupCheck() {
    }

    /** Unpacks and checks a backup; returns the database file in {@code work} (evidence in work/evidence). */
    static Path unpack(Path backup, Path work) throws IOException, DamagedBackup {
        if (Files.isDirectory(backup)) {
            throw new DamagedBackup(DamagedBackup.Reason.FOLDER, "a folder: " + backup);
        }
        Path database = work.resolve(DATABASE_ENTRY);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            long declared = checkEntries(zip);
            if (declared > work.getFileSystem().provider().getFileStore(work).getUsableSpace() - SPARE_BYTES) {
                throw new IOException("Not enough space on the disk to unpack " + declared + " bytes");
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entry.getName().equals(DATABASE_ENTRY)) {
                    copy(zip, entry, database, null);
                } else {
                    var name = EVIDENCE_NAME.matcher(entry.getName());
                    name.matches();
                    Path target = work.resolve("evidence").resolve(name.group(1)).resolve(name.group(2));
                    Files.createDirectories(target.getParent());
                    copy(zip, entry, target, name.group(2));
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new DamagedBackup("not a whole zip: " + e.getMessage());
        }
        checkDatabase(database);
        return database;
    }

    /** Checks names and declared sizes; returns the bytes the entries will take unpacked. */
    private static long checkEntries(ZipFile zip) throws DamagedBackup {
        Set<String> names = new HashSet<>();
        int databases = 0;
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!names.add(name)) {
                throw new DamagedBackup("entry twice: " + name);
            }
            if (entry.isDirectory()) {
                if (!name.matches("evidence/([0-9a-f]{2}/)?")) {
                    throw new DamagedBackup("unexpected folder " + name);
                }
                continue;
            }
            long size = entry.getSize();
            if (name.equals(DATABASE_ENTRY)) {
                databases++;
            } else if (!EVIDENCE_NAME.matcher(name).matches()) {
                throw new DamagedBackup("unexpected entry " + name);
            } else if (size > MAX_EVIDENCE_BYTES) {
                throw new DamagedBackup("evidence entry too large: " + name + " " + size);
            }
            if (size < 0) {
                throw new DamagedBackup("entry without a size: " + name);
            }
            total += size;
        }
        if (databases != 1) {
            throw new DamagedBackup(databases + " database entries");
        }
        return total;
    }

    /** Streams an entry to a file, refusing more or fewer bytes than declared and, for evidence, another hash. */
    private static void copy(ZipFile zip, ZipEntry entry, Path target, String sha256) throws IOException, DamagedBackup {
        MessageDigest digest = sha256();
        long declared = entry.getSize();
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest);
             OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > declared) {
                    throw new DamagedBackup("entry longer than declared: " + entry.getName());
                }
                out.write(buffer, 0, n);
            }
        }
        if (written != declared) {
            throw new DamagedBackup("entry shorter than declared: " + entry.getName());
        }
        if (sha256 != null && !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new DamagedBackup("evidence does not match its hash: " + entry.getName());
        }
    }

    /** SQLite's integrity check, then a schema history this build reads and the tables it promises. */
    private static void checkDatabase(Path database) throws DamagedBackup {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1)) || rs.next()) {
                    throw new DamagedBackup("integrity check failed");
                }
            }
            Set<String> applied = Database.appliedVersions(c);
            if (applied.isEmpty()) {
                throw new DamagedBackup("no schema history");
            }
            switch (SchemaVersions.judge(applied, MigrationIndex.versionNames())) {
                case NEWER -> throw new DamagedBackup(DamagedBackup.Reason.NEWER, "schema " + applied);
                case DAMAGED -> throw new DamagedBackup("unknown schema versions " + applied);
                default -> { }
            }
            Set<String> tables = new HashSet<>();
            try (var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            Set<String> expected = MigrationIndex.tablesOf(applied);
            if (!tables.containsAll(expected)) {
                expected.removeAll(tables);
                throw new DamagedBackup("missing tables " + expected);
            }
        } catch (SQLException e) {
            throw new DamagedBackup("not a database: " + e.getMessage());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
