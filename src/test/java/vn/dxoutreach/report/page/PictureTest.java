package vn.dxoutreach.report.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PictureTest {

    private static final Font FONT = new Font(Font.SERIF, Font.PLAIN, 10);

    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(200, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 120);
        g.dispose();
        return page;
    }

    @Test
    void aPictureIsFittedIntoItsBoxCentredAndLoadedOnlyWhenDrawn() {
        BufferedImage tall = new BufferedImage(50, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D fill = tall.createGraphics();
        fill.setColor(Color.BLUE);
        fill.fillRect(0, 0, 50, 100);
        fill.dispose();
        AtomicInteger loads = new AtomicInteger();
        Picture picture = new Picture(() -> {
            loads.incrementAndGet();
            return Optional.of(tall);
        }, 100, Color.GRAY, 0.5f, "", FONT);
        assertThat(picture.height(200)).isEqualTo(100);
        assertThat(loads).hasValue(0);

        BufferedImage page = page();
        Graphics2D g = page.createGraphics();
        picture.draw(g, 0, 10, 200);
        g.dispose();

        assertThat(loads).hasValue(1);
        assertThat(page.getRGB(100, 60) & 0xffffff).isEqualTo(0x0000ff);
        assertThat(page.getRGB(20, 60) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aPictureThatCannotBeLoadedLeavesAGreyBox() {
        Picture picture = new Picture(Optional::empty, 100, Color.GRAY, 0.5f, "?", FONT);

        BufferedImage page = page();
        Graphics2D g = page.createGraphics();
        picture.draw(g, 0, 10, 200);
        g.dispose();

        assertThat(page.getRGB(5, 15) & 0xffffff).isNotEqualTo(0xffffff);
    }
}
