package vn.dxoutreach.exchange.template;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text compared the way people type it: without regard to case, diacritics (đ counts as d)
 * or surrounding and repeated spaces, so that "Ma don vi" finds the column "Mã đơn vị".
 */
public final class Folding {

    /** Compiled once: folding runs for several cells of every imported row. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    /** The folded form: lower case, no diacritics, single spaces, stripped. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                plain.append(c);
            }
        }
        return SPACES.matcher(plain.toString().replace('\u00a0', ' ').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The folded form without a trailing "(…)" explanation, e.g. "Loại (Phát thanh / Băng rôn)" → "loai". */
    public static String foldWithoutExplanation(String text) {
        String folded = fold(text);
        int open = folded.lastIndexOf('(');
        if (open > 0 && folded.endsWith(")")) {
            return folded.substring(0, open).strip();
        }
        return folded;
    }

    /**
     * The form a natural key compares in: case and spacing ignored, diacritics kept
     * ("Xã" and "Xa" are different words).
     */
    public static String keyPart(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
    }
}
