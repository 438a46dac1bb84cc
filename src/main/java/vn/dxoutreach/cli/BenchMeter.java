package vn.dxoutreach.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.function.Supplier;

/**
 * Times one step of the benchmark, run in a process of its own, and the memory it needed: the peak of
 * the heap pools (reset before the step) and the peak resident set of the process, which holds only
 * this step and what it needs set up first.
 */
final class BenchMeter {

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
        long start = System.nanoTime();
        result[0] = step.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Measure(millis, peakHeap() / MB, ProcessMemory.peakRssMb());
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
}
