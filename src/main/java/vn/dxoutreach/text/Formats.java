package vn.dxoutreach.text;

import java.text.Collator;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as dd/MM/yyyy, numbers as "1.234,5", text sorted by Vietnamese collation. */
public final class Formats {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> ACCEPTED = List.of(
            DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Reads a date written as dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd; empty when it is not a real date. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : ACCEPTED) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    /** A whole number with Vietnamese grouping, e.g. 1.234. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Messages.VIETNAMESE).format(value);
    }

    /** A number with up to the given decimals, Vietnamese style, e.g. 12,5. */
    public static String decimal(double value, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.VIETNAMESE);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /** A percentage such as 87,5%. */
    public static String percent(double fraction) {
        return decimal(fraction * 100, 1) + "%";
    }

    /** A title as a file name without diacritics or spaces: "Phát thanh" → "phat-thanh". */
    public static String fileName(String title) {
        String plain = java.text.Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Orders text as a Vietnamese reader expects (Đ after D, diacritics secondary). */
    public static Comparator<String> collation(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }
}
