package vn.dxoutreach.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;

/**
 * The day's automatic backup, taken in the background while the window is open (decision 0018). The
 * database is copied with {@code VACUUM INTO} on a connection of its own, so the screens keep theirs;
 * the evidence files, named by their SHA-256, are copied once into {@code backups/evidence/} and each
 * backup lists the ones it needs, so a day's backup copies only the new ones. Every file is written
 * under a temporary name and moved into place when whole: a cancelled or killed backup leaves nothing
 * behind but temporary files, which the next one sweeps. Old backups go when there are more than the
 * office keeps or when together they pass the size budget; the newest good one always stays.
 */
public final class AutomaticBackup {

    /** Total size of the automatic backups and their evidence copies, unless the office sets another. */
    public static final long DEFAULT_BUDGET_MB = 1024;
    public static final String BUDGET_SETTING = "backup.budgetMb";

    static final String PREFIX = "auto-";
    static final String EVIDENCE_STORE = "evidence";
    private static final String PART = ".part";
    private static final String LIST_SUFFIX = ".txt";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final int PROGRESS_STEPS = 1_000;
    private static final int CHUNK = 1 << 20;

    /** The backup was cancelled: none of it is kept. */
    public static final class Cancelled extends IOException {
        public Cancelled() {
            super("The automatic backup was cancelled");
        }
    }

    private AutomaticBackup() {
    }

    /** Whether today's automatic backup is still to be taken. */
    public static boolean due(Store store) throws IOException {
        String today = LocalDateTime.now(store.clock()).toLocalDate().toString();
        return backups(store.folder()).stream()
                .noneMatch(p -> p.getFileName().toString().startsWith(PREFIX + today));
    }

    /**
     * Takes today's backup unless there is one; returns the file written, or null when it was not due.
     * {@code cancelled} is asked often; once it answers true the work stops, removes what it wrote and
     * throws {@link Cancelled}.
     */
    public static Path take(Store store, BooleanSupplier cancelled) throws IOException {
        DataFolder folder = store.folder();
        Path backups = Files.createDirectories(folder.backups());
        Path evidenceStore = Files.createDirectories(backups.resolve(EVIDENCE_STORE));
        sweep(folder);
        if (!due(store)) {
            return null;
        }
        String name = PREFIX + STAMP.format(LocalDateTime.now(store.clock()));
        Path copy = backups.resolve(name + ".db" + PART);
        Path zipPart = backups.resolve(name + ".zip" + PART);
        Path out = backups.resolve(name + ".zip");
        try {
            copyDatabase(folder.database(), copy, cancelled);
            if (!BackupService.intact(copy, cancelled)) {
                stopIf(cancelled);
                throw new IOException("The backup copy failed its integrity check");
            }
            List<String> hashes = copyNewEvidence(folder.evidence(), evidenceStore, cancelled);
            writeAtomically(evidenceStore.resolve(name + LIST_SUFFIX),
                    o -> o.write(String.join("\n", hashes).getBytes(StandardCharsets.UTF_8)));
            writeAtomically(out, o -> zipDatabase(copy, o, cancelled));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zipPart);
            Files.deleteIfExists(evidenceStore.resolve(name + LIST_SUFFIX));
            throw e;
        } finally {
            Files.deleteIfExists(copy);
        }
        prune(folder, BackupService.kept(store), budgetBytes(store));
        return out;
    }

    /** The size budget of the automatic backups, in bytes. */
    public static long budgetBytes(Store store) {
        return store.settings.get(BUDGET_SETTING).map(Long::parseLong).orElse(DEFAULT_BUDGET_MB) << 20;
    }

    /** The automatic backups of a data folder, newest first. */
    public static List<Path> backups(DataFolder folder) throws IOException {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                            && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
    }

    /** What the automatic backups of a data folder take on disk: the backups and their evidence copies. */
    public static long bytesTaken(DataFolder folder) throws IOException {
        long total = size(folder.backups().resolve(EVIDENCE_STORE));
        for (Path backup : backups(folder)) {
            total += Files.size(backup);
        }
        return total;
    }

    /** The newest automatic backup, if there is one: what a damaged data file is restored from. */
    public static Optional<Path> latest(DataFolder folder) {
        try {
            return backups(folder).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the newest backup always, then the next ones while there are fewer than {@code keep} and
     * the kept backups with the evidence copies stay within {@code budget} bytes; removes the others
     * and the evidence copies that no kept backup lists.
     */
    static void prune(DataFolder folder, int keep, long budget) throws IOException {
        Path evidenceStore = folder.backups().resolve(EVIDENCE_STORE);
        List<Path> all = backups(folder);
        long total = size(evidenceStore);
        List<Path> kept = new ArrayList<>();
        for (Path backup : all) {
            long size = Files.size(backup);
            if (kept.isEmpty() || kept.size() < keep && total + size <= budget) {
                kept.add(backup);
                total += size;
            } else {
                Files.deleteIfExists(backup);
                Files.deleteIfExists(evidenceStore.resolve(listName(backup)));
            }
        }
        Set<String> needed = new HashSet<>();
        for (Path backup : kept) {
            Path list = evidenceStore.resolve(listName(backup));
            if (Files.exists(list)) {
                Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(needed::add);
            }
        }
        for (Path file : evidenceFiles(evidenceStore)) {
            if (!needed.contains(file.getFileName().toString())) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Adds to the data folder the evidence copies it lacks (after a restore from an automatic backup). */
    static void restoreEvidence(DataFolder folder) throws IOException {
        Path evidenceStore = folder.backups().resolve(EVIDENCE_STORE);
        for (Path file : evidenceFiles(evidenceStore)) {
            String hash = file.getFileName().toString();
            Path target = folder.evidence().resolve(hash.substring(0, 2)).resolve(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(hash + PART);
                Files.copy(file, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** Removes what a cancelled or killed backup left: its temporary files, and lists without a backup. */
    static void sweep(DataFolder folder) throws IOException {
        Path evidenceStore = folder.backups().resolve(EVIDENCE_STORE);
        Set<String> backupNames = new HashSet<>();
        for (Path backup : backups(folder)) {
            backupNames.add(listName(backup));
        }
        for (Path dir : List.of(folder.backups(), evidenceStore)) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir, 2)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    boolean orphanList = dir.equals(evidenceStore) && name.startsWith(PREFIX)
                            && name.endsWith(LIST_SUFFIX) && !backupNames.contains(name);
                    if (name.endsWith(PART) || orphanList) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
    }

    private static String listName(Path backup) {
        String name = backup.getFileName().toString();
        return name.substring(0, name.length() - ".zip".length()) + LIST_SUFFIX;
    }

    /** A consistent copy of the database, read on a connection of its own; SQLite stops it when cancelled. */
    private static void copyDatabase(Path database, Path target, BooleanSupplier cancelled) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(),
                config.toProperties())) {
            stopWhen(c, cancelled);
            try (var st = c.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, target.toAbsolutePath().toString());
                st.execute();
            }
        } catch (SQLException e) {
            Files.deleteIfExists(target);
            stopIf(cancelled);
            throw new IOException("The database could not be copied", e);
        }
    }

    /** Makes SQLite interrupt the connection's statements once the work is cancelled. */
    static void stopWhen(Connection connection, BooleanSupplier cancelled) throws SQLException {
        ProgressHandler.setHandler(connection, PROGRESS_STEPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return cancelled.getAsBoolean() ? 1 : 0;
            }
        });
    }

    private static void stopIf(BooleanSupplier cancelled) throws Cancelled {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    /** Copies the evidence files not yet in the store; returns the hashes of all of the live ones. */
    private static List<String> copyNewEvidence(Path evidence, Path evidenceStore, BooleanSupplier cancelled)
            throws IOException {
        List<String> hashes = new ArrayList<>();
        for (Path file : evidenceFiles(evidence)) {
            stopIf(cancelled);
            String hash = file.getFileName().toString();
            hashes.add(hash);
            Path target = evidenceStore.resolve(hash.substring(0, 2)).resolve(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                writeAtomically(target, o -> copy(file, o, cancelled));
            }
        }
        return hashes;
    }

    /** The evidence files under a folder: named by their 64-hex SHA-256, one folder down. */
    private static List<Path> evidenceFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).sorted().toList();
        }
    }

    private static long size(Path root) throws IOException {
        long total = 0;
        for (Path file : evidenceFiles(root)) {
            total += Files.size(file);
        }
        return total;
    }

    /** The zip of the database copy, fast rather than small; cancellation is checked every megabyte. */
    private static void zipDatabase(Path copy, OutputStream out, BooleanSupplier cancelled) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(BackupCheck.DATABASE_ENTRY));
        copy(copy, zip, cancelled);
        zip.closeEntry();
        zip.finish();
    }

    private static void copy(Path from, OutputStream to, BooleanSupplier cancelled) throws IOException {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(from)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                stopIf(cancelled);
                to.write(buffer, 0, n);
            }
        }
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes a file under a temporary name beside it and moves it into place once whole. */
    private static void writeAtomically(Path target, Writing writing) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + PART);
        try (OutputStream out = Files.newOutputStream(part)) {
            writing.to(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
