package vn.dxoutreach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.dxoutreach.text.Messages;

class ChartPngTest {

    @Test
    void everyPixelReadsBackAsItWasDrawn() throws IOException {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // colours that differ from the row above by more than a byte can hold, both ways
                image.setRGB(x, y, (x * 97 + y * 31) * 0x010305 & 0xffffff);
            }
        }

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(ChartPng.encode(image)));

        assertThat(read.getWidth()).isEqualTo(37);
        assertThat(read.getHeight()).isEqualTo(23);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void aChartIsDrawnAtItsScaleWithItsColours() throws IOException {
        var progress = ProgressChartsTest.fixture();
        var chart = PairHeatMap.createChart(PairHeatMap.createDataset(progress), progress, Messages.vietnamese());

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(ChartPng.of(chart, 300, 200, 2)));

        assertThat(read.getWidth()).isEqualTo(600);
        assertThat(read.getHeight()).isEqualTo(400);
        boolean met = false;
        for (int y = 0; y < read.getHeight() && !met; y++) {
            for (int x = 0; x < read.getWidth() && !met; x++) {
                met = (read.getRGB(x, y) & 0xffffff) == PairHeatMap.rgb(vn.dxoutreach.progress.PairState.MET);
            }
        }
        assertThat(met).isTrue();
    }

    @Test
    void onlyOpaqueImagesAreEncoded() {
        BufferedImage translucent = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);

        assertThatThrownBy(() -> ChartPng.encode(translucent)).isInstanceOf(IllegalArgumentException.class);
    }
}
