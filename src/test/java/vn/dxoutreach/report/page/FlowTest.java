package vn.dxoutreach.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowTest {

    /** 100 points of content height: top 10, bottom edge at 110. */
    private static final Paper SMALL = new Paper(200, 130, 10, 10, 10, 20);
    private static final Footer NO_FOOTER = (g, paper, page, pages) -> { };

    private record Fixed(String name, float size, boolean keepWithNext) implements Block {
        Fixed(String name, float size) {
            this(name, size, false);
        }

        @Override
        public float height(float width) {
            return size;
        }

        @Override
        public void draw(Graphics2D g, float x, float y, float width) {
            // only its place matters here
        }
    }

    private static List<Block> blocks(PageSet pages, int page) {
        return pages.page(page).stream().map(PageSet.Placed::block).toList();
    }

    @Test
    void aBlockThatDoesNotFitStartsTheNextPageAtTheTop() {
        Fixed a = new Fixed("a", 60);
        Fixed b = new Fixed("b", 60);

        PageSet pages = new Flow().add(a).add(b).layout(SMALL, NO_FOOTER);

        assertThat(pages.count()).isEqualTo(2);
        assertThat(blocks(pages, 1)).containsExactly(b);
        assertThat(pages.page(1).get(0).y()).isEqualTo(SMALL.top());
    }

    @Test
    void aPlacedBlockKnowsItsPageByIdentity() {
        Fixed a = new Fixed("a", 60);
        Fixed b = new Fixed("b", 60);

        PageSet pages = new Flow().add(a).add(b).layout(SMALL, NO_FOOTER);

        assertThat(pages.pageOf(a)).isEqualTo(1);
        assertThat(pages.pageOf(b)).isEqualTo(2);
        assertThat(pages.pageOf(new Fixed("b", 60))).isZero();
    }

    @Test
    void aHeadingDoesNotStayAloneAtTheFootOfAPage() {
        Fixed body = new Fixed("body", 60);
        Fixed heading = new Fixed("heading", 20, true);
        Fixed next = new Fixed("next", 30);

        PageSet pages = new Flow().add(body).add(heading).add(next).layout(SMALL, NO_FOOTER);

        assertThat(blocks(pages, 0)).containsExactly(body);
        assertThat(blocks(pages, 1)).containsExactly(heading, next);
    }

    @Test
    void aSignatureTakesThePreviousBlockAlongRatherThanStandAlone() {
        Fixed first = new Fixed("first", 40);
        Fixed last = new Fixed("last", 40);
        Fixed signature = new Fixed("signature", 40);

        PageSet pages = new Flow().add(first).add(last).addKeptWithPrevious(signature).layout(SMALL, NO_FOOTER);

        assertThat(blocks(pages, 0)).containsExactly(first);
        assertThat(blocks(pages, 1)).containsExactly(last, signature);
    }

    @Test
    void aTableContinuesOnTheNextPageUnderItsHeaderRowAgain() {
        Font font = new Font(Font.SERIF, Font.PLAIN, 10);
        Table table = new Table(List.of(new Table.Column("A", 1, Align.LEFT)), font, font);
        for (int i = 0; i < 10; i++) {
            table.row("row " + i);
        }

        PageSet pages = new Flow().add(table).layout(SMALL, NO_FOOTER);

        assertThat(pages.count()).isGreaterThan(1);
        TableRow header = (TableRow) blocks(pages, 0).get(0);
        assertThat(header.header()).isTrue();
        assertThat(blocks(pages, 1).get(0)).isEqualTo(header);
        long bodyRows = java.util.stream.IntStream.range(0, pages.count())
                .mapToLong(p -> blocks(pages, p).stream().filter(b -> !((TableRow) b).header()).count()).sum();
        assertThat(bodyRows).isEqualTo(10);
    }

    @Test
    void aPageBreakStartsANewPageButNeverAnEmptyOne() {
        Fixed a = new Fixed("a", 10);
        Fixed b = new Fixed("b", 10);

        PageSet pages = new Flow().pageBreak().add(a).pageBreak().pageBreak().add(b).layout(SMALL, NO_FOOTER);

        assertThat(pages.count()).isEqualTo(2);
        assertThat(blocks(pages, 0)).containsExactly(a);
        assertThat(blocks(pages, 1)).containsExactly(b);
    }
}
