package vn.dxoutreach.cli;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure a benchmark step's process prints for the benchmark that started it, as a line of its
 * own: {@code bench-figure key=export ms=34345 heap=70 rss=257}.
 */
record BenchFigure(String key, long millis, long heapMb, long rssMb) {

    private static final Pattern LINE = Pattern.compile(
            "^bench-figure key=([a-z-]+) ms=(-?\\d+) heap=(-?\\d+) rss=(-?\\d+)$");

    BenchFigure(String key, BenchMeter.Measure measure) {
        this(key, measure.millis(), measure.peakHeapMb(), measure.peakRssMb());
    }

    String line() {
        return "bench-figure key=" + key + " ms=" + millis + " heap=" + heapMb + " rss=" + rssMb;
    }

    /** The figure a line of a step's output carries, if it is one. */
    static Optional<BenchFigure> parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BenchFigure(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4))));
    }
}
