package vn.dxoutreach.report.page;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** A page set as PNG images, drawn by the same code as the PDF: one file per page. */
public final class PngOutput {

    /** 150 dpi: an A4 page of about 1754 × 1240 pixels, sharp on a slide and in print. */
    public static final int DPI = 150;

    private PngOutput() {
    }

    /**
     * Writes page 1 to {@code out} and every further page beside it as {@code name-2.png},
     * {@code name-3.png}…; returns the files written.
     */
    public static List<Path> write(PageSet pages, Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        String name = out.getFileName().toString().replaceFirst("(?i)\\.png$", "");
        for (int i = 0; i < pages.count(); i++) {
            Path file = i == 0 ? out : out.resolveSibling(name + "-" + (i + 1) + ".png");
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "page", ".png.part");
            try {
                if (!ImageIO.write(image(pages, i, DPI), "png", temp.toFile())) {
                    throw new IOException("No PNG writer");
                }
                Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            files.add(file);
        }
        return files;
    }

    public static BufferedImage image(PageSet pages, int index, int dpi) {
        float scale = dpi / 72f;
        Paper paper = pages.paper();
        BufferedImage image = new BufferedImage(Math.round(paper.width() * scale), Math.round(paper.height() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            pages.paint(g, index);
        } finally {
            g.dispose();
        }
        return image;
    }
}
