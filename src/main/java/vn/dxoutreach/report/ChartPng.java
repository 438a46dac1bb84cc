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
 * A chart as a PNG picture for a Word document. Charts are opaque, so the picture is RGB; each row is
 * stored as its difference from the row above (PNG's "Up" filter, which suits charts' flat areas)
 * and deflated fast. The general encoder tried five filters on every row and cached through a
 * temporary file: most of the time a year report took to write as DOCX.
 */
public final class ChartPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int UP = 2;

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
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
                byte[] row = new byte[1 + width * 3];
                row[0] = UP;
                for (int y = 0; y < height; y++) {
                    int at = y * width;
                    for (int x = 0, i = 1; x < width; x++, i += 3) {
                        int p = pixels[at + x];
                        int above = y == 0 ? 0 : pixels[at - width + x];
                        row[i] = (byte) ((p >> 16) - (above >> 16));
                        row[i + 1] = (byte) ((p >> 8) - (above >> 8));
                        row[i + 2] = (byte) (p - above);
                    }
                    z.write(row);
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
