package vn.dxoutreach.report.page;

import java.awt.Graphics2D;

/**
 * A piece of a document that knows its height at a width and draws itself there; the same drawing
 * serves the PDF, the PNG and the printer. Coordinates are in points, y downwards.
 */
public interface Block {

    /** The height this block needs at this width. */
    float height(float width);

    void draw(Graphics2D g, float x, float y, float width);

    /** True when a page must not end right after this block (a heading, a table's header row). */
    default boolean keepWithNext() {
        return false;
    }

    /** Empty space. */
    static Block gap(float points) {
        return new Block() {
            @Override
            public float height(float width) {
                return points;
            }

            @Override
            public void draw(Graphics2D g, float x, float y, float width) {
                // nothing: only the space
            }
        };
    }
}
