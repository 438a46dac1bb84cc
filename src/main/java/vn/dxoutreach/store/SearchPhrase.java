package vn.dxoutreach.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search phrase as the activity search indexes read it: folded like the indexed text (tone and
 * vowel marks off, đ as d, lower case) and cut into words, each matching the start of a word, all
 * of them required: "lua dao" finds "Cảnh giác lừa đảo".
 */
final class SearchPhrase {

    private SearchPhrase() {
    }

    /** The words of the phrase, folded; empty when it has no letters or digits. */
    static List<String> words(String phrase) {
        String folded = Normalizer.normalize(phrase.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The FTS5 query: every word as a quoted prefix, all required. */
    static String match(List<String> words) {
        return String.join(" AND ", words.stream().map(w -> "\"" + w + "\"*").toList());
    }
}
