package vn.dxoutreach.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The bundled fonts embedded in PDF documents (Identity-H, so every Vietnamese letter is kept). */
public final class PdfFonts {

    private final Map<String, BaseFont> fonts = new HashMap<>();

    BaseFont base(String name) {
        return fonts.computeIfAbsent(name, n -> {
            try {
                return BaseFont.createFont(n + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        DocumentFonts.bytes(n), null);
            } catch (DocumentException | IOException e) {
                throw new UncheckedIOException(new IOException("Cannot embed font " + n, e));
            }
        });
    }

    Font serif(float size) {
        return new Font(base("LiberationSerif-Regular"), size);
    }

    Font bold(float size) {
        return new Font(base("LiberationSerif-Bold"), size);
    }

    Font italic(float size) {
        return new Font(base("LiberationSerif-Italic"), size);
    }

    Font boldItalic(float size) {
        return new Font(base("LiberationSerif-BoldItalic"), size);
    }

    Font boldUnderlined(float size) {
        return new Font(base("LiberationSerif-Bold"), size, Font.UNDERLINE);
    }

    /** The widths of Liberation Serif, regular or bold, as this document sets it. */
    BodyLines.Width widths(boolean bold) {
        BaseFont font = base(bold ? "LiberationSerif-Bold" : "LiberationSerif-Regular");
        return font::getWidthPoint;
    }

    /** Maps the fonts charts are drawn with (AWT) to embedded PDF fonts. */
    public DefaultFontMapper chartMapper() {
        return new DefaultFontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                boolean sans = font.getFamily().toLowerCase(java.util.Locale.ROOT).contains("sans");
                if (sans) {
                    return base(font.isBold() ? "NotoSans-Bold" : "NotoSans-Regular");
                }
                String style = font.isBold() && font.isItalic() ? "-BoldItalic" : font.isBold() ? "-Bold"
                        : font.isItalic() ? "-Italic" : "-Regular";
                return base("LiberationSerif" + style);
            }
        };
    }
}
