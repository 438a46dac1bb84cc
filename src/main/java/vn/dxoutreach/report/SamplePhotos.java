package vn.dxoutreach.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.report.page.Measure;

/**
 * Drawn stand-ins for the photos of the sample district: a banner with its slogan, a loudspeaker
 * pole, a team guiding citizens. Each carries a mark saying it is a sample, so that nobody takes it
 * for evidence; the same seed draws the same picture.
 */
public final class SamplePhotos {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final float QUALITY = 0.8f;
    private static final Color MARK = new Color(0xcf222e);

    /**
     * What to draw.
     *
     * @param kind     the activity: BANNER draws the banner, BROADCAST the loudspeakers, TEAM_SESSION the team,
     *                 NEWS a page on a monitor, EVENT a stage and its audience, MATERIAL a table of leaflets
     * @param headline the slogan, the program or the support topic, written on the scene
     * @param caption  the line along the foot (unit, place, date)
     * @param mark     the sample mark ("ẢNH MẪU")
     * @param takenAt  when the photo says it was taken (its EXIF date)
     */
    public record Scene(ActivityKind kind, String headline, String caption, String mark, LocalDateTime takenAt,
            long seed) {
    }

    private SamplePhotos() {
    }

    /** The scene as a JPEG file's bytes. */
    public static byte[] jpeg(Scene scene) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Random random = new Random(scene.seed());
            landscape(g, random);
            switch (scene.kind()) {
                case BANNER -> banner(g, scene.headline(), random);
                case BROADCAST -> loudspeakers(g, scene.headline(), random);
                case TEAM_SESSION -> team(g, scene.headline(), random);
                case NEWS -> screen(g, scene.headline(), random);
                case EVENT -> hall(g, scene.headline(), random);
                case MATERIAL -> leaflets(g, scene.headline(), random);
            }
            foot(g, scene.caption(), scene.mark());
        } finally {
            g.dispose();
        }
        return ExifDate.insert(encode(image), scene.takenAt());
    }

    private static void landscape(Graphics2D g, Random random) {
        Color sky = new Color(0x8ec5ff).brighter();
        g.setPaint(new GradientPaint(0, 0, new Color(0x5b9bd5), 0, HEIGHT * 0.6f, sky));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x7fb069 + random.nextInt(0x10) * 0x100));
        g.fillRect(0, (int) (HEIGHT * 0.62), WIDTH, HEIGHT);
        g.setColor(new Color(0x9e9e9e));
        g.fillRect(0, (int) (HEIGHT * 0.75), WIDTH, 40);
        for (int i = 0; i < 3; i++) {
            int x = 30 + random.nextInt(WIDTH - 140);
            house(g, x, (int) (HEIGHT * 0.62), 70 + random.nextInt(40));
        }
    }

    private static void house(Graphics2D g, int x, int ground, int size) {
        g.setColor(new Color(0xf2e8cf));
        g.fillRect(x, ground - size * 2 / 3, size, size * 2 / 3);
        g.setColor(new Color(0xbc4b51));
        g.fillPolygon(new Polygon(new int[] {x - 8, x + size / 2, x + size + 8},
                new int[] {ground - size * 2 / 3, ground - size, ground - size * 2 / 3}, 3));
    }

    private static void banner(Graphics2D g, String slogan, Random random) {
        int top = 90 + random.nextInt(40);
        int left = 40;
        int right = WIDTH - 40;
        g.setColor(new Color(0x5d4037));
        g.fillRect(left - 8, top - 20, 8, 260);
        g.fillRect(right, top - 20, 8, 260);
        g.setColor(new Color(0xc62828));
        g.fillRect(left, top, right - left, 120);
        g.setColor(new Color(0xffd600));
        g.setStroke(new BasicStroke(3));
        g.drawRect(left + 6, top + 6, right - left - 12, 108);
        centred(g, slogan, DocumentFonts.sans(Font.BOLD, 22f), left + 16, right - left - 32, top + 16, 90);
    }

    private static void loudspeakers(Graphics2D g, String program, Random random) {
        int x = 140 + random.nextInt(360);
        int top = 70;
        g.setColor(new Color(0x616161));
        g.fillRect(x - 6, top, 12, (int) (HEIGHT * 0.75) - top);
        g.setStroke(new BasicStroke(1.5f));
        g.drawLine(0, top + 30, x, top + 40);
        g.drawLine(x, top + 40, WIDTH, top + 20);
        int horns = 2 + random.nextInt(3);
        for (int i = 0; i < horns; i++) {
            int dir = i % 2 == 0 ? -1 : 1;
            int y = top + 10 + (i / 2) * 55;
            g.setColor(new Color(0xe0e0e0));
            g.fillPolygon(new Polygon(new int[] {x, x + dir * 70, x + dir * 70, x},
                    new int[] {y + 14, y - 8, y + 44, y + 22}, 4));
            g.setColor(new Color(0x424242));
            g.drawPolygon(new Polygon(new int[] {x, x + dir * 70, x + dir * 70, x},
                    new int[] {y + 14, y - 8, y + 44, y + 22}, 4));
        }
        // the station's notice stands in front of the pole
        board(g, program, 60, 250);
    }

    private static void team(Graphics2D g, String topic, Random random) {
        board(g, topic, 60, 60);
        int people = 4 + random.nextInt(3);
        for (int i = 0; i < people; i++) {
            int x = 110 + i * (420 / people);
            Color shirt = i % 2 == 0 ? new Color(0x1565c0) : new Color(0x2e7d32 + random.nextInt(0x30));
            g.setColor(shirt);
            g.fill(new RoundRectangle2D.Double(x, 240, 46, 70, 18, 18));
            g.setColor(new Color(0xffcc99));
            g.fill(new Ellipse2D.Double(x + 8, 206, 30, 30));
            if (i % 2 == 0) {
                // a phone in the hand: the team helps citizens install and use an app
                g.setColor(new Color(0x212121));
                g.fillRect(x + 34, 262, 12, 20);
            }
        }
        g.setColor(new Color(0x8d6e63));
        g.fillRect(90, 296, 460, 18);
    }

    /** A news item as its page shows on a monitor on a desk. */
    private static void screen(Graphics2D g, String title, Random random) {
        int x = 70 + random.nextInt(40);
        g.setColor(new Color(0x8d6e63));
        g.fillRect(30, 330, WIDTH - 60, 20);
        g.setColor(new Color(0x263238));
        g.fillRoundRect(x, 60, 480, 250, 14, 14);
        g.fillRect(x + 220, 310, 40, 20);
        g.setColor(Color.WHITE);
        g.fillRect(x + 12, 72, 456, 226);
        g.setColor(new Color(0xc62828));
        g.fillRect(x + 12, 72, 456, 30);
        g.setColor(new Color(0xbdbdbd));
        for (int line = 0; line < 4; line++) {
            g.fillRect(x + 28, 230 + line * 14, 300 + random.nextInt(120), 6);
        }
        g.setColor(new Color(0x212121));
        centred(g, title, DocumentFonts.sans(Font.BOLD, 20f), x + 24, 432, 108, 110);
    }

    /** An event: its banner over a stage and rows of people facing it. */
    private static void hall(Graphics2D g, String name, Random random) {
        g.setColor(new Color(0xeeeeee));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x1565c0));
        g.fillRect(40, 40, WIDTH - 80, 130);
        g.setColor(new Color(0xffd600));
        g.setStroke(new BasicStroke(3));
        g.drawRect(46, 46, WIDTH - 92, 118);
        g.setColor(Color.WHITE);
        centred(g, name, DocumentFonts.sans(Font.BOLD, 22f), 60, WIDTH - 120, 52, 108);
        g.setColor(new Color(0xa1887f));
        g.fillRect(40, 190, WIDTH - 80, 40);
        for (int row = 0; row < 3; row++) {
            for (int seat = 0; seat < 9; seat++) {
                int x = 60 + seat * 60 + (row % 2) * 20;
                int y = 280 + row * 50;
                g.setColor(seat % 3 == 0 ? new Color(0x2e7d32 + random.nextInt(0x30)) : new Color(0x37474f));
                g.fill(new RoundRectangle2D.Double(x, y + 14, 34, 34, 12, 12));
                g.setColor(new Color(0x4e342e));
                g.fill(new Ellipse2D.Double(x + 6, y - 6, 22, 22));
            }
        }
    }

    /** Printed materials: piles of leaflets on a table under the title's board. */
    private static void leaflets(Graphics2D g, String title, Random random) {
        board(g, title, 60, 50);
        g.setColor(new Color(0x8d6e63));
        g.fillRect(70, 300, 500, 24);
        for (int pile = 0; pile < 5; pile++) {
            int x = 90 + pile * 95;
            int height = 20 + random.nextInt(40);
            for (int sheet = 0; sheet < height; sheet += 4) {
                g.setColor(sheet % 8 == 0 ? Color.WHITE : new Color(0xe3f2fd));
                g.fillRect(x + random.nextInt(3), 300 - sheet - 4, 70, 4);
            }
            g.setColor(new Color(0xc62828));
            g.fillRect(x + 8, 300 - height - 2, 54, 6);
        }
    }

    /** A board with a headline, as a notice or a session's sign. */
    private static void board(Graphics2D g, String text, int x, int y) {
        g.setColor(new Color(0x1b5e20));
        g.fillRect(x, y, 520, 120);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2));
        g.drawRect(x + 5, y + 5, 510, 110);
        centred(g, text, DocumentFonts.sans(Font.BOLD, 20f), x + 14, 492, y + 12, 96);
    }

    /** The caption along the foot and the sample mark, big and red, in the top right corner. */
    private static void foot(Graphics2D g, String caption, String mark) {
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, HEIGHT - 34, WIDTH, 34);
        g.setColor(Color.WHITE);
        g.setFont(DocumentFonts.sans(Font.PLAIN, 14f));
        g.drawString(caption, 12, HEIGHT - 12);
        Font font = DocumentFonts.sans(Font.BOLD, 26f);
        FontMetrics metrics = g.getFontMetrics(font);
        int w = metrics.stringWidth(mark) + 24;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(WIDTH - w - 12, 12, w, 44);
        g.setColor(MARK);
        g.setStroke(new BasicStroke(3));
        g.drawRect(WIDTH - w - 12, 12, w, 44);
        g.setFont(font);
        g.drawString(mark, WIDTH - w, 12 + 22 + metrics.getAscent() / 2 - 2);
    }

    /** Words wrapped onto lines of the width, centred in the box, smaller while they do not fit. */
    private static void centred(Graphics2D g, String text, Font font, int x, int width, int y, int height) {
        Font f = font;
        List<String> lines = Measure.wrap(text, f, width);
        while (lines.size() * g.getFontMetrics(f).getHeight() > height && f.getSize2D() > 10) {
            f = f.deriveFont(f.getSize2D() - 2);
            lines = Measure.wrap(text, f, width);
        }
        FontMetrics metrics = g.getFontMetrics(f);
        g.setFont(f);
        int top = y + (height - lines.size() * metrics.getHeight()) / 2 + metrics.getAscent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            g.drawString(line, x + (width - metrics.stringWidth(line)) / 2, top + i * metrics.getHeight());
        }
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        return ImageBytes.encode(image, "jpeg", QUALITY);
    }
}
