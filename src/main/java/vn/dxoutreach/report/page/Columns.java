package vn.dxoutreach.report.page;

import java.awt.Graphics2D;
import java.util.List;

/** Blocks side by side, each in a share of the width (the two halves of a letterhead, two charts). */
public record Columns(List<Block> blocks, float[] weights, float spacing) implements Block {

    public static Columns of(float spacing, List<Block> blocks, float... weights) {
        return new Columns(List.copyOf(blocks), weights.clone(), spacing);
    }

    @Override
    public float height(float width) {
        float h = 0;
        for (int i = 0; i < blocks.size(); i++) {
            h = Math.max(h, blocks.get(i).height(columnWidth(i, width)));
        }
        return h;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        for (int i = 0; i < blocks.size(); i++) {
            float w = columnWidth(i, width);
            blocks.get(i).draw(g, x, y, w);
            x += w + spacing;
        }
    }

    private float columnWidth(int i, float width) {
        return share(weights, i, width - spacing * (blocks.size() - 1));
    }

    /** Column i's part of the width, in proportion to its weight. */
    static float share(float[] weights, int i, float width) {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        return width * weights[i] / total;
    }
}
