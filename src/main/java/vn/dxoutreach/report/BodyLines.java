package vn.dxoutreach.report;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.report.page.Measure;

/**
 * A body's name as the letterhead sets it in its column: on one line if it fits, else on two lines
 * broken between words, after a comma where there is one ("SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH"),
 * else where the two lines come out most even; half a point smaller at a time, down to
 * {@link #SMALLEST}, when no two lines fit. A word processor's greedy wrap would leave "DU / LỊCH".
 *
 * @param lines the lines, top to bottom
 * @param size  the font size they fit at
 */
public record BodyLines(List<String> lines, float size) {

    /** The smallest size a body's name is shrunk to before it wraps on more than two lines. */
    static final float SMALLEST = 11f;
    private static final float STEP = 0.5f;

    /** The width of a text at a size, in points. */
    public interface Width {
        float of(String text, float size);
    }

    public BodyLines {
        lines = List.copyOf(lines);
    }

    /** Liberation Serif's widths, which Times New Roman shares. */
    public static Width serif(boolean bold) {
        return (text, size) -> Measure.width(text, bold ? DocumentParts.bold(size) : DocumentParts.serif(size));
    }

    public static BodyLines fit(String name, float size, float width, Width measure) {
        String[] words = name.strip().split("\\s+");
        for (float s = size; s >= SMALLEST; s -= STEP) {
            if (measure.of(name.strip(), s) <= width) {
                return new BodyLines(List.of(name.strip()), s);
            }
            List<String> two = twoLines(words, s, width, measure);
            if (!two.isEmpty()) {
                return new BodyLines(two, s);
            }
        }
        return new BodyLines(greedy(words, SMALLEST, width, measure), SMALLEST);
    }

    /** The lines joined by line breaks. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The best break into two lines that both fit: after a comma first, then the most even; none if none fits. */
    private static List<String> twoLines(String[] words, float size, float width, Width measure) {
        List<String> best = List.of();
        float bestWidest = Float.MAX_VALUE;
        boolean bestAfterComma = false;
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            float widest = Math.max(measure.of(first, size), measure.of(second, size));
            boolean afterComma = first.endsWith(",");
            if (widest > width || bestAfterComma && !afterComma) {
                continue;
            }
            if (afterComma && !bestAfterComma || widest < bestWidest) {
                best = List.of(first, second);
                bestWidest = widest;
                bestAfterComma = afterComma;
            }
        }
        return best;
    }

    private static List<String> greedy(String[] words, float size, float width, Width measure) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.of(candidate, size) > width) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        lines.add(line);
        return lines;
    }
}
