package vn.dxoutreach.report.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's blocks in reading order, broken into pages: a block that does not fit starts a new
 * page, a heading does not stay alone at the foot of a page, a signature does not stand alone at
 * the top of one, and a table's header row is repeated on each page the table continues on.
 */
public final class Flow {

    private record Item(Block block, Block repeatedHeader, boolean keptWithPrevious) {
    }

    private final List<Item> items = new ArrayList<>();

    public Flow add(Block block) {
        items.add(new Item(block, null, false));
        return this;
    }

    /** A block that takes the block before it along to a new page rather than start one alone (a signature). */
    public Flow addKeptWithPrevious(Block block) {
        items.add(new Item(block, null, true));
        return this;
    }

    public Flow add(Table table) {
        TableRow header = table.header();
        items.add(new Item(header, null, false));
        for (TableRow row : table.body()) {
            items.add(new Item(row, header, false));
        }
        return this;
    }

    /** What follows starts on a new page. */
    public Flow pageBreak() {
        items.add(null);
        return this;
    }

    public PageSet layout(Paper paper, Footer footer) {
        return new Layout(paper, footer).run();
    }

    /** One pass over the items, filling pages from the top. */
    private final class Layout {

        private final Paper paper;
        private final float width;
        private final List<List<PageSet.Placed>> pages = new ArrayList<>();
        private List<PageSet.Placed> page = new ArrayList<>();
        private final List<Item> placedItems = new ArrayList<>();
        private final Footer footer;
        private float y;

        Layout(Paper paper, Footer footer) {
            this.paper = paper;
            this.footer = footer;
            this.width = paper.contentWidth();
            this.y = paper.top();
        }

        PageSet run() {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item == null) {
                    if (!page.isEmpty()) {
                        newPage();
                    }
                    continue;
                }
                float height = item.block().height(width);
                if (y + height + keptHeight(i) > paper.contentBottom() && !page.isEmpty()) {
                    Item previous = item.keptWithPrevious() && page.size() > 1 ? takeLast() : null;
                    newPage();
                    if (previous != null) {
                        place(previous, true);
                    } else if (item.repeatedHeader() != null) {
                        place(new Item(item.repeatedHeader(), null, false), false);
                    }
                }
                place(item, false);
            }
            if (!page.isEmpty() || pages.isEmpty()) {
                pages.add(page);
            }
            return new PageSet(paper, pages, footer);
        }

        private void place(Item item, boolean withHeader) {
            if (withHeader && item.repeatedHeader() != null) {
                place(new Item(item.repeatedHeader(), null, false), false);
            }
            page.add(new PageSet.Placed(item.block(), y));
            placedItems.add(item);
            y += item.block().height(width);
        }

        private Item takeLast() {
            page.remove(page.size() - 1);
            return placedItems.remove(placedItems.size() - 1);
        }

        private void newPage() {
            pages.add(page);
            page = new ArrayList<>();
            placedItems.clear();
            y = paper.top();
        }

        /** The height of the blocks that must stay on the page with item i. */
        private float keptHeight(int i) {
            float kept = 0;
            for (int j = i; j + 1 < items.size() && items.get(j + 1) != null && items.get(j).block().keepWithNext();
                    j++) {
                kept += items.get(j + 1).block().height(width);
            }
            return kept;
        }
    }
}
