package vn.dxoutreach.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Times one step of the benchmark and the memory it needed: the peak of the heap pools (reset before
 * the step) and, on Linux, the peak resident set of the process (reset through /proc/self/clear_refs).
 */
final class BenchMeter {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private static final long MB = 1024 * 1024;

    /** A step's duration and memory peaks; -1 where the platform cannot tell. */
    record Measure(long millis, long peakHeapMb, long peakRssMb) {
    }

    private BenchMeter() {
    }

    static Measure time(Runnable step) {
        return time(() -> {
            step.run();
            return null;
        }, new Object[1]);
    }

    /** Runs the step, puts its result in {@code result[0]}. */
    static <T> Measure time(Supplier<T> step, Object[] result) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        resetPeakRss();
        long start = System.nanoTime();
        result[0] = step.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measure(millis, peakHeap() / MB, peakRssKb() / 1024);
    }

    /** The largest heap in use at once since the reset: the sum of the pools' peaks (an upper bound). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeakRss() {
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak then counts from the process start
        }
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1024;
    }
}
