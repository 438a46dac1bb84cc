package vn.dxoutreach.report.page;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Text measured in points, the same way for laying out and for drawing, so that a line wraps at
 * the same word on the PDF, the PNG and the printed page.
 */
public final class Measure {

    private static final ThreadLocal<Graphics2D> SCRATCH = ThreadLocal.withInitial(() -> {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        hints(g);
        return g;
    });

    private Measure() {
    }

    /** The rendering hints every page is drawn with: smooth, and fractional widths as in the PDF. */
    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    public static FontMetrics metrics(Font font) {
        return SCRATCH.get().getFontMetrics(font);
    }

    public static float width(String text, Font font) {
        return (float) font.getStringBounds(text, SCRATCH.get().getFontRenderContext()).getWidth();
    }

    /** Distance between baselines: 1.2 × the size, as a word processor sets single spacing. */
    public static float lineHeight(Font font) {
        return font.getSize2D() * 1.2f;
    }

    /** The text broken into lines no wider than {@code width}, at spaces; a longer word gets a line of its own. */
    public static List<String> wrap(String text, Font font, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, font) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
