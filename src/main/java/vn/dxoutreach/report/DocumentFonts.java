package vn.dxoutreach.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled fonts for charts and documents: Liberation Serif (Times-metric, full Vietnamese) for
 * printed pages, Noto Sans for charts on screen. Registered once with AWT, so that charts never show
 * boxes for Vietnamese letters on a PC without these fonts.
 */
public final class DocumentFonts {

    public static final String SERIF = "Liberation Serif";
    public static final String SANS = "Noto Sans";

    static final Map<String, String> FILES = Map.of(
            "LiberationSerif-Regular", "/fonts/LiberationSerif-Regular.ttf",
            "LiberationSerif-Bold", "/fonts/LiberationSerif-Bold.ttf",
            "LiberationSerif-Italic", "/fonts/LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic", "/fonts/LiberationSerif-BoldItalic.ttf",
            "NotoSans-Regular", "/fonts/NotoSans-Regular.ttf",
            "NotoSans-Bold", "/fonts/NotoSans-Bold.ttf");

    private static final Map<String, byte[]> BYTES = new HashMap<>();
    private static boolean registered;

    private DocumentFonts() {
    }

    /** Registers the bundled fonts with AWT (once). */
    public static synchronized void register() {
        if (registered) {
            return;
        }
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (String name : FILES.keySet()) {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes(name))) {
                environment.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                // a font that cannot be read falls back to a system font; the text stays readable
            }
        }
        registered = true;
    }

    /** The bytes of a bundled font file, e.g. "LiberationSerif-Bold". */
    static synchronized byte[] bytes(String name) {
        return BYTES.computeIfAbsent(name, n -> {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(FILES.get(n))) {
                if (in == null) {
                    throw new IllegalStateException("Missing bundled font " + n);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Font serif(int style, float size) {
        register();
        return new Font(SERIF, style, Math.round(size)).deriveFont(size);
    }

    static Font sans(int style, float size) {
        register();
        return new Font(SANS, style, Math.round(size)).deriveFont(size);
    }
}
