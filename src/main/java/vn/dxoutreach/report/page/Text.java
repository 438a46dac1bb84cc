package vn.dxoutreach.report.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;

/**
 * A paragraph: wrapped at the width, aligned, optionally underlined over the text's own length
 * (as the national motto is), black unless it must catch the eye (a warning).
 */
public record Text(String text, Font font, Align align, float spaceBefore, float spaceAfter, boolean underline,
        boolean keepWithNext, Color color) implements Block {

    public static Text of(String text, Font font, Align align) {
        return new Text(text, font, align, 0, 0, false, false, Color.BLACK);
    }

    public Text spaced(float before, float after) {
        return new Text(text, font, align, before, after, underline, keepWithNext, color);
    }

    public Text underlined() {
        return new Text(text, font, align, spaceBefore, spaceAfter, true, keepWithNext, color);
    }

    /** A heading: the page does not end right after it. */
    public Text keptWithNext() {
        return new Text(text, font, align, spaceBefore, spaceAfter, underline, true, color);
    }

    public Text colored(Color newColor) {
        return new Text(text, font, align, spaceBefore, spaceAfter, underline, keepWithNext, newColor);
    }

    @Override
    public float height(float width) {
        return spaceBefore + Measure.wrap(text, font, width).size() * Measure.lineHeight(font) + spaceAfter
                + (underline ? 3 : 0);
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        g.setFont(font);
        g.setColor(color);
        float lineHeight = Measure.lineHeight(font);
        float ascent = Measure.metrics(font).getAscent();
        float baseline = y + spaceBefore + ascent + (lineHeight - font.getSize2D()) / 2;
        List<String> lines = Measure.wrap(text, font, width);
        for (String line : lines) {
            float w = Measure.width(line, font);
            float left = align.x(x, width, w);
            g.drawString(line, left, baseline);
            if (underline) {
                g.setStroke(new BasicStroke(0.8f));
                float under = baseline + font.getSize2D() * 0.22f;
                g.draw(new Line2D.Float(left, under, left + w, under));
            }
            baseline += lineHeight;
        }
    }
}
