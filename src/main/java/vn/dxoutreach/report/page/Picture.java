package vn.dxoutreach.report.page;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A picture fitted into a box of fixed height, centred, with a thin frame (a thick one in
 * {@code frame}'s colour when it must catch the eye). The picture is loaded only while the page is
 * drawn and dropped after, so that a document of hundreds of photos does not hold them all in memory.
 * A picture that cannot be loaded leaves the box with {@code missing} written in it.
 */
public record Picture(Supplier<Optional<BufferedImage>> image, float boxHeight, Color frame, float frameWidth,
        String missing, Font missingFont) implements Block {

    private static final Color EMPTY = new Color(0xf2f2f2);

    @Override
    public float height(float width) {
        return boxHeight;
    }

    @Override
    public void draw(Graphics2D g, float x, float y, float width) {
        Optional<BufferedImage> loaded = image.get();
        Rectangle2D.Float area;
        if (loaded.isPresent()) {
            BufferedImage picture = loaded.get();
            float scale = Math.min(width / picture.getWidth(), boxHeight / picture.getHeight());
            float w = picture.getWidth() * scale;
            float h = picture.getHeight() * scale;
            area = new Rectangle2D.Float(x + (width - w) / 2, y + (boxHeight - h) / 2, w, h);
            Graphics2D copy = (Graphics2D) g.create();
            try {
                copy.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                AffineTransform at = new AffineTransform();
                at.translate(area.x, area.y);
                at.scale(scale, scale);
                copy.drawImage(picture, at, null);
            } finally {
                copy.dispose();
            }
        } else {
            area = new Rectangle2D.Float(x, y, width, boxHeight);
            g.setColor(EMPTY);
            g.fill(area);
            Text.of(missing, missingFont, Align.CENTER).draw(g, x + 6,
                    y + (boxHeight - Measure.lineHeight(missingFont)) / 2, width - 12);
        }
        g.setColor(frame);
        g.setStroke(new BasicStroke(frameWidth));
        g.draw(area);
    }
}
