package vn.dxoutreach.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG picture for a Word document, drawn opaque (RGB) and encoded in memory with a
 * middling deflate level. ImageIO's defaults cached through a temporary file and deflated hardest:
 * most of the time a year report took to write as DOCX, for pictures only a few percent smaller.
 */
public final class ChartPng {

    /** ImageIO's PNG writer: 0.7 is a fast deflate level whose files are within 20 % of the smallest. */
    private static final float QUALITY = 0.7f;

    private ChartPng() {
    }

    /** The chart drawn at {@code width} × {@code height} points, {@code scale} pixels a point. */
    public static byte[] of(JFreeChart chart, int width, int height, int scale) {
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, null);
        } finally {
            g2.dispose();
        }
        return encode(image);
    }

    /** An RGB image as PNG bytes. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image is expected");
        }
        try {
            return ImageBytes.encode(image, "png", QUALITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
