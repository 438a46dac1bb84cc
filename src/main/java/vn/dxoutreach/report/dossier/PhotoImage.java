package vn.dxoutreach.report.dossier;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo ready to be placed on a page: upright as its EXIF orientation says, and no longer than
 * {@link #MAX_SIDE} pixels on its long side, so that a dossier of a hundred 12-megapixel photos
 * stays a file that can be e-mailed. Big photos are decoded at a fraction of their size (subsampled)
 * before the last smooth scaling, which keeps memory and time low.
 */
public final class PhotoImage {

    /**
     * The photo box is 78 mm wide: 1200 px is about 390 dpi there, more than a printer resolves and
     * enough to zoom into a detail. Measured on the sample district (189 photos of 12 megapixels):
     * 1600 px gave a 37 MB file in 22 s, 1200 px 23 MB in 15 s.
     */
    public static final int MAX_SIDE = 1200;

    private static final Logger LOG = Logger.getLogger(PhotoImage.class.getName());

    private PhotoImage() {
    }

    /** The photo scaled and turned upright; empty when Java cannot decode it (HEIC, CMYK, a broken file). */
    public static Optional<BufferedImage> load(Path file, int orientation) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longSide = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longSide / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return Optional.of(upright(scaled(decoded), orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "Cannot show the photo " + file, e);
            return Optional.empty();
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        double scale = Math.min(1.0, MAX_SIDE / (double) longSide);
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        if (scale >= 1.0 && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Turns the pixels as EXIF orientation 1–8 asks (3: half a turn, 6: a quarter clockwise, 8: anticlockwise; 2, 4, 5, 7 mirrored). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
