package vn.dxoutreach.report.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/** A short centred line, as under the issuing body's name in a Decree 30 heading. */
public record Rule(float fraction) implements Block {

    @Override
    public float height(float width) {
        return 9;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        float length = width * fraction;
        float left = x + (width - length) / 2;
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(left, y + 4, left + length, y + 4));
    }
}
