package vn.dxoutreach.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Printable;
import org.junit.jupiter.api.Test;

class PagePrinterTest {

    private static final int GREY = new Color(0x808080).getRGB();

    /** A block that blackens the whole content area. */
    private static final Block INK = new Block() {
        @Override
        public float height(float width) {
            return Paper.A4_PORTRAIT.height() - Paper.A4_PORTRAIT.top() - Paper.A4_PORTRAIT.bottom();
        }

        @Override
        public void draw(Graphics2D g, float x, float y, float width) {
            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Float(x, y, width, height(width)));
        }
    };

    @Test
    void eachPageIsScaledIntoThePrintableAreaAndNothingLandsOutsideIt() {
        PageSet pages = new Flow().add(INK).layout(Paper.A4_PORTRAIT, (g, paper, page, count) -> { });
        PageFormat format = new PageFormat();
        java.awt.print.Paper paper = new java.awt.print.Paper();
        paper.setSize(595, 842);
        // a printer that cannot print 100 points around the edges
        paper.setImageableArea(100, 100, 395, 642);
        format.setPaper(paper);
        BufferedImage sheet = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(new Color(GREY));
        g.fillRect(0, 0, 595, 842);

        int result = new PagePrinter(pages).print(g, format, 0);

        assertThat(result).isEqualTo(Printable.PAGE_EXISTS);
        assertThat(sheet.getRGB(50, 50)).isEqualTo(GREY);
        assertThat(sheet.getRGB(300, 800)).isEqualTo(GREY);
        // the page's white margin and its black content both land inside the area
        assertThat(sheet.getRGB(102, 102)).isEqualTo(Color.WHITE.getRGB());
        assertThat(sheet.getRGB(297, 400)).isEqualTo(Color.BLACK.getRGB());
    }

    @Test
    void thereIsNoPageAfterTheLast() {
        PageSet pages = new Flow().add(INK).layout(Paper.A4_PORTRAIT, (g, paper, page, count) -> { });
        BufferedImage sheet = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

        assertThat(new PagePrinter(pages).print(sheet.createGraphics(), new PageFormat(), 1))
                .isEqualTo(Printable.NO_SUCH_PAGE);
    }
}
