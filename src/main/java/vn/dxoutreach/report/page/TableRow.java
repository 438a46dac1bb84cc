package vn.dxoutreach.report.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** One row of a {@link Table}: wrapped cells with rules around them; the header row is shaded. */
record TableRow(List<String> cells, List<Align> aligns, float[] weights, Font font, boolean header)
        implements Block {

    private static final float PADDING = 3f;
    private static final Color SHADE = new Color(0xe6e6e6);

    @Override
    public float height(float width) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, Measure.wrap(cells.get(i), font, cellWidth(i, width) - 2 * PADDING).size());
        }
        return lines * Measure.lineHeight(font) + 2 * PADDING;
    }

    @Override
    public boolean keepWithNext() {
        return header;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        float h = height(width);
        float left = x;
        g.setStroke(new BasicStroke(0.6f));
        for (int i = 0; i < cells.size(); i++) {
            float w = cellWidth(i, width);
            Rectangle2D.Float cell = new Rectangle2D.Float(left, y, w, h);
            if (header) {
                g.setColor(SHADE);
                g.fill(cell);
            }
            g.setColor(Color.BLACK);
            g.draw(cell);
            Text.of(cells.get(i), font, aligns.get(i)).draw(g, left + PADDING, y + PADDING, w - 2 * PADDING);
            left += w;
        }
    }

    private float cellWidth(int i, float width) {
        return Columns.share(weights, i, width);
    }
}
