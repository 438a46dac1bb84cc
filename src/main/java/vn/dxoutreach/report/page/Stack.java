package vn.dxoutreach.report.page;

import java.awt.Graphics2D;
import java.util.List;

/** Blocks one under the other that stay on one page together (a letterhead, a signature). */
public record Stack(List<Block> blocks) implements Block {

    public static Stack of(Block... blocks) {
        return new Stack(List.of(blocks));
    }

    @Override
    public float height(float width) {
        float h = 0;
        for (Block b : blocks) {
            h += b.height(width);
        }
        return h;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        for (Block b : blocks) {
            b.draw(g, x, y, width);
            y += b.height(width);
        }
    }
}
