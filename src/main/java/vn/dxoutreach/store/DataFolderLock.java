package vn.dxoutreach.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time on a data folder, across processes (decision 0009). A lock file in the folder
 * holds two byte ranges: every process that has the database open holds the "open" range shared, and a
 * restore, which replaces the file, needs it alone; the "write" range is held by one writer at a time,
 * for each transaction (the window) or for a whole command (the command line). The operating system
 * drops both when a process dies, so a killed process never leaves the folder locked.
 *
 * <p>Java's file locks belong to the whole JVM, so one instance per folder is shared inside it:
 * shared opens are counted, and the write range is taken once and guarded by a reentrant lock.
 */
public final class DataFolderLock {

    public static final String FILE_NAME = "dx-outreach.lock";

    private static final long OPEN_RANGE = 0;
    private static final long WRITE_RANGE = 1;
    private static final long POLL_MILLIS = 100;
    private static final Map<Path, DataFolderLock> BY_FOLDER = new HashMap<>();
    private static volatile Runnable waitNotice = () -> { };

    private final Path root;
    private final ReentrantLock writers = new ReentrantLock();
    private FileChannel channel;
    private int opens;
    private FileLock openLock;
    private FileLock writeLock;

    private DataFolderLock(Path root) {
        this.root = root;
    }

    /** What to do once when a process must wait for another one (the command line prints a line). */
    public static void onWait(Runnable notice) {
        waitNotice = notice == null ? () -> { } : notice;
    }

    /** The lock of a data folder's root. */
    public static synchronized DataFolderLock of(Path root) {
        return BY_FOLDER.computeIfAbsent(root.toAbsolutePath().normalize(), DataFolderLock::new);
    }

    /** Marks the folder as in use by this process until the returned hold is closed; waits for a restore. */
    public Hold open() {
        synchronized (this) {
            if (opens == 0) {
                openLock = acquire(OPEN_RANGE, true);
            }
            opens++;
        }
        return new Hold(this::closeOne);
    }

    private synchronized void closeOne() {
        opens--;
        if (opens == 0) {
            release(openLock);
            openLock = null;
            closeChannelWhenIdle();
        }
    }

    /**
     * Takes the folder for this process alone (a restore replacing the database), or returns null when
     * another process or another store of this one has it open.
     */
    public synchronized Hold alone() {
        if (opens > 0) {
            return null;
        }
        FileLock lock;
        try {
            lock = channel().tryLock(OPEN_RANGE, 1, false);
        } catch (IOException e) {
            throw new DataFolderProblem(DataFolderProblem.Kind.UNWRITABLE, root, e);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeChannelWhenIdle();
            return null;
        }
        opens++;
        FileLock held = lock;
        return new Hold(() -> {
            synchronized (this) {
                opens--;
                release(held);
                closeChannelWhenIdle();
            }
        });
    }

    /**
     * Holds the write range until the hold is closed; a thread that holds it already joins. When another
     * process writes, the wait notice runs once and this waits until that write ends.
     */
    public Hold write() {
        writers.lock();
        try {
            if (writers.getHoldCount() == 1) {
                synchronized (this) {
                    writeLock = acquire(WRITE_RANGE, false);
                }
            }
        } catch (RuntimeException e) {
            writers.unlock();
            throw e;
        }
        return writing();
    }

    /** The hold of the write range this thread has taken: the outermost one gives the range back. */
    private Hold writing() {
        return new Hold(() -> {
            try {
                if (writers.getHoldCount() == 1) {
                    synchronized (this) {
                        release(writeLock);
                        writeLock = null;
                        closeChannelWhenIdle();
                    }
                }
            } finally {
                writers.unlock();
            }
        });
    }

    /**
     * Like {@link #write}, without waiting: null when another thread or process holds the write range
     * (for work that may as well be left for another time).
     */
    Hold tryWrite() {
        if (!writers.tryLock()) {
            return null;
        }
        boolean held = false;
        try {
            if (writers.getHoldCount() > 1) {
                return null;
            }
            synchronized (this) {
                writeLock = channel().tryLock(WRITE_RANGE, 1, false);
                held = writeLock != null;
                if (!held) {
                    closeChannelWhenIdle();
                    return null;
                }
            }
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        } finally {
            if (!held) {
                writers.unlock();
            }
        }
        return writing();
    }

    /** Takes a range, waiting (after the notice) while another process holds it. */
    private FileLock acquire(long position, boolean shared) {
        boolean noticed = false;
        try {
            while (true) {
                FileLock lock = channel().tryLock(position, 1, shared);
                if (lock != null) {
                    return lock;
                }
                if (!noticed) {
                    noticed = true;
                    waitNotice.run();
                }
                wait(POLL_MILLIS);
            }
        } catch (IOException e) {
            throw new DataFolderProblem(DataFolderProblem.Kind.UNWRITABLE, root, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for the data folder", e);
        }
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = FileChannel.open(root.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        return channel;
    }

    private void closeChannelWhenIdle() {
        if (opens == 0 && writeLock == null && openLock == null && channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases what is left; nothing to tell
            }
            channel = null;
        }
    }

    private static void release(FileLock lock) {
        if (lock != null && lock.isValid()) {
            try {
                lock.release();
            } catch (IOException e) {
                // the channel is going anyway
            }
        }
    }

    /** A held lock; closing it gives it back. Closing twice does nothing. */
    public static final class Hold implements AutoCloseable {
        private Runnable release;

        private Hold(Runnable release) {
            this.release = release;
        }

        @Override
        public void close() {
            Runnable r = release;
            release = null;
            if (r != null) {
                r.run();
            }
        }
    }
}
