package vn.dxoutreach.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.report.page.Measure;

/**
 * A body's name as the letterhead sets it in its column: on one line if it fits; else on two lines
 * broken where the name breaks naturally, after a comma ("SỞ VĂN HÓA, / THỂ THAO VÀ DU LỊCH") or
 * before its place ("ỦY BAN NHÂN DÂN / TỈNH BÌNH AN"); else on one line up to a point smaller; else
 * on the two most even lines; half a point smaller at a time, down to {@link #SMALLEST}, when nothing
 * fits. A word processor's greedy wrap would leave "… VÀ DU / LỊCH".
 *
 * @param lines the lines, top to bottom
 * @param size  the font size they fit at
 */
public record BodyLines(List<String> lines, float size) {

    /** The smallest size a body's name is shrunk to before it wraps on more than two lines. */
    static final float SMALLEST = 11f;
    private static final float STEP = 0.5f;
    /** How much smaller a name may be set to stay on one line. */
    private static final float SHRINK = 1f;
    /** The words that begin a place's name in a body's name: a line may break before them. */
    private static final List<String> PLACE_LEVELS = List.of("TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", // NOI18N
            "THỊ TRẤN", "XÃ", "PHƯỜNG", "ĐẶC KHU"); // NOI18N

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
        String text = name.strip();
        String[] words = text.split("\\s+");
        for (float s = size; s >= SMALLEST; s -= STEP) {
            if (s >= size - SHRINK && measure.of(text, s) <= width) {
                return new BodyLines(List.of(text), s);
            }
            List<String> two = twoLines(words, s, width, measure, true);
            if (!two.isEmpty()) {
                return new BodyLines(two, s);
            }
        }
        for (float s = size; s >= SMALLEST; s -= STEP) {
            List<String> two = twoLines(words, s, width, measure, false);
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

    /**
     * The most even break into two lines that both fit, among the natural ones only (after a comma,
     * before the place's level) or among all; none if none fits.
     */
    private static List<String> twoLines(String[] words, float size, float width, Width measure, boolean natural) {
        List<String> best = List.of();
        float bestWidest = Float.MAX_VALUE;
        for (int i = 1; i < words.length; i++) {
            String first = String.join(" ", Arrays.copyOfRange(words, 0, i));
            String second = String.join(" ", Arrays.copyOfRange(words, i, words.length));
            float widest = Math.max(measure.of(first, size), measure.of(second, size));
            if (widest <= width && widest < bestWidest && (!natural || isNatural(first, second))) {
                best = List.of(first, second);
                bestWidest = widest;
            }
        }
        return best;
    }

    /** After a comma, or before the level of the place the body belongs to ("… / HUYỆN AN HÒA"). */
    private static boolean isNatural(String first, String second) {
        if (first.endsWith(",")) {
            return true;
        }
        String upper = second.toUpperCase(java.util.Locale.forLanguageTag("vi"));
        // "THỊ XÃ" is one level: no break between its words
        return !first.toUpperCase(java.util.Locale.forLanguageTag("vi")).endsWith(" THỊ") // NOI18N
                && PLACE_LEVELS.stream().anyMatch(level -> upper.startsWith(level + " "));
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
