package vn.dxoutreach.report.page;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;

/**
 * A line of a table of contents: the entry, indented by its depth and wrapped, then dots up to its
 * page number at the right margin.
 */
public record ContentsLine(String entry, String page, Font font, float indent) implements Block {

    /** Room kept at the right for the page number. */
    private static final float NUMBER_WIDTH = 36;
    private static final float SPACE_AFTER = 3;

    @Override
    public float height(float width) {
        return lines(width).size() * Measure.lineHeight(font) + SPACE_AFTER;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        List<String> lines = lines(width);
        Text.of(entry, font, Align.LEFT).draw(g, x + indent, y, textWidth(width));
        float lineHeight = Measure.lineHeight(font);
        float baseline = y + (lines.size() - 1) * lineHeight + Measure.metrics(font).getAscent()
                + (lineHeight - font.getSize2D()) / 2;
        float dotsFrom = x + indent + Measure.width(lines.get(lines.size() - 1), font) + 4;
        float numberWidth = Measure.width(page, font);
        float dotsTo = x + width - numberWidth - 4;
        float dot = Measure.width(". ", font);
        g.setFont(font);
        g.setColor(Color.BLACK);
        StringBuilder dots = new StringBuilder();
        for (float w = dotsFrom; w + dot <= dotsTo; w += dot) {
            dots.append(". ");
        }
        g.drawString(dots.toString(), dotsFrom, baseline);
        g.drawString(page, x + width - numberWidth, baseline);
    }

    private List<String> lines(float width) {
        return Measure.wrap(entry, font, textWidth(width));
    }

    private float textWidth(float width) {
        return width - indent - NUMBER_WIDTH;
    }
}
