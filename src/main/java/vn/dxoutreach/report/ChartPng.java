package vn.dxoutreach.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG picture for a Word document. Charts are opaque, so the picture is RGB; each row
 * is filtered two ways and the one that leaves the smaller differences is kept, then deflated
 * fast. The general encoder (ImageIO) filtered every row five ways, deflated harder and cached
 * through a temporary file: most of the time a year report took to write as DOCX.
 */
public final class ChartPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Fast deflating: the filters already did most of the work. */
    private static final int LEVEL = 3;

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
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            // 8 bits a sample, truecolour, deflate, adaptive filtering, not interlaced
            h.write(new byte[] {8, 2, 0, 0, 0});
            chunk(out, "IHDR", header.toByteArray());
            ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4);
            Deflater deflater = new Deflater(LEVEL);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
                Rows rows = new Rows(width);
                for (int y = 0; y < height; y++) {
                    z.write(rows.next(pixels, y * width));
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IDAT", data.toByteArray());
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows as PNG stores them: each as its difference from the pixels to the left (Sub) or above
     * (Up), whichever repeats more of its pixels: a chart is mostly flat colour, and zeros deflate best.
     */
    private static final class Rows {

        private static final int SUB = 1;
        private static final int UP = 2;

        private final int width;
        private final byte[] row;

        Rows(int width) {
            this.width = width;
            this.row = new byte[1 + width * 3];
        }

        /** The row of pixels from {@code start}, filtered, with its filter's byte in front. */
        byte[] next(int[] pixels, int start) {
            int above = start - width;
            int sameAsLeft = 0;
            int sameAsAbove = 0;
            for (int x = 1; x < width; x++) {
                int p = pixels[start + x];
                sameAsLeft += p == pixels[start + x - 1] ? 1 : 0;
                sameAsAbove += above >= 0 && p == pixels[above + x] ? 1 : 0;
            }
            boolean up = above >= 0 && sameAsAbove > sameAsLeft;
            row[0] = (byte) (up ? UP : SUB);
            for (int x = 0, i = 1; x < width; x++, i += 3) {
                int p = pixels[start + x];
                int q = up ? pixels[above + x] : x == 0 ? 0 : pixels[start + x - 1];
                row[i] = (byte) ((p >> 16) - (q >> 16));
                row[i + 1] = (byte) ((p >> 8) - (q >> 8));
                row[i + 2] = (byte) (p - q);
            }
            return row;
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(body.length);
        d.write(name);
        d.write(body);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        d.writeInt((int) crc.getValue());
    }
}
