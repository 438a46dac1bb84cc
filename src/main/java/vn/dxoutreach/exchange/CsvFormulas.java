package vn.dxoutreach.exchange;

/**
 * Keeps text from turning into a formula when a CSV file is opened in Excel: a note such as
 * {@code =HYPERLINK(…)} typed at a commune would otherwise run at the district that opens the
 * export. Text starting with {@code = + - @} is written with a leading apostrophe, as Excel itself
 * shows text typed that way, and the apostrophe is taken off again when the file is imported,
 * so export → import still reproduces the text.
 */
public final class CsvFormulas {

    private CsvFormulas() {
    }

    /** The text as written into a CSV cell. */
    public static String guard(String text) {
        return startsLikeFormula(text, 0) ? "'" + text : text;
    }

    /** The text as read from a CSV cell. */
    public static String unguard(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && startsLikeFormula(text, 1) ? text.substring(1) : text;
    }

    private static boolean startsLikeFormula(String text, int at) {
        if (text.length() <= at) {
            return false;
        }
        char first = text.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
