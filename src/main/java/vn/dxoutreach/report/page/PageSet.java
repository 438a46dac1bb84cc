package vn.dxoutreach.report.page;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A document laid out on pages; {@link #paint} draws one page on any Graphics2D, in points. */
public final class PageSet {

    /** A block and the y where it starts on its page. */
    record Placed(Block block, float y) {
    }

    private final Paper paper;
    private final List<List<Placed>> pages;
    private final Footer footer;

    PageSet(Paper paper, List<List<Placed>> pages, Footer footer) {
        this.paper = paper;
        this.pages = List.copyOf(pages);
        this.footer = footer;
    }

    public Paper paper() {
        return paper;
    }

    public int count() {
        return pages.size();
    }

    /** The page (from 1) a block was placed on, found by identity; 0 when it is on none. */
    public int pageOf(Block block) {
        for (int i = 0; i < pages.size(); i++) {
            for (Placed placed : pages.get(i)) {
                if (placed.block() == block) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The blocks of page {@code index} and where they start. */
    List<Placed> page(int index) {
        return pages.get(index);
    }

    /** Draws page {@code index} (from 0) with its footer on a white sheet of the paper's size. */
    public void paint(Graphics2D g, int index) {
        Measure.hints(g);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Float(0, 0, paper.width(), paper.height()));
        for (Placed placed : pages.get(index)) {
            placed.block().draw(g, paper.left(), placed.y(), paper.contentWidth());
        }
        footer.draw(g, paper, index + 1, pages.size());
    }
}
