package vn.dxoutreach.report.page;

import java.awt.Graphics2D;

/** What every page carries in its bottom margin: the page number of the whole, the print date. */
@FunctionalInterface
public interface Footer {

    void draw(Graphics2D g, Paper paper, int page, int pages);
}
