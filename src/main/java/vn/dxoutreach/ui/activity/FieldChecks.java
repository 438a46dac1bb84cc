package vn.dxoutreach.ui.activity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.domain.WebLink;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Collects the validation errors of a form, field name to Vietnamese message, while reading the
 * typed text into values. A field gets only its first error.
 */
public final class FieldChecks {

    /** "1.234" is a thousand two hundred and thirty-four to a Vietnamese reader. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private final Messages messages;
    private final LocalDate today;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Checks whose dates are activity days, bounded as {@link InputRules.DateUse#ACTIVITY} sees from today. */
    public FieldChecks(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
    }

    /** Records an error for the field (unless it already has one). */
    public void fail(String field, String key, Object... args) {
        errors.putIfAbsent(field, messages.get(key, args));
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public Map<String, String> errors() {
        return Map.copyOf(errors);
    }

    /** The text without surrounding blanks; an error when it is empty or too long. */
    public String required(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            fail(field, "activity.error.required");
        }
        return fits(field, value);
    }

    /** The text; an error when it is longer than the field takes ({@link InputRules#maxLength}). */
    public String fits(String field, String text) {
        if (!InputRules.fits(field, text)) {
            fail(field, "activity.error.tooLong", InputRules.maxLength(field), text.length());
        }
        return text;
    }

    /** A date typed as dd/MM/yyyy (or d/M/yyyy); required when {@code required}. */
    public Optional<LocalDate> date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                fail(field, "activity.error.dateMissing");
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = Formats.parseDate(text);
        if (date.isEmpty()) {
            fail(field, "activity.error.dateInvalid");
        } else if (!InputRules.DateUse.ACTIVITY.allows(date.get(), today)) {
            fail(field, "activity.error.dateRange", Formats.date(InputRules.DateUse.ACTIVITY.first()),
                    Formats.date(InputRules.DateUse.ACTIVITY.last(today)));
            return Optional.empty();
        }
        return date;
    }

    /** A whole number from {@code min} to {@code max}, with the given message when out of range. */
    public OptionalInt wholeNumber(String field, String text, int min, int max, String rangeKey) {
        OptionalInt value = parseWhole(text);
        if (text == null || text.isBlank()) {
            fail(field, "activity.error.required");
            return OptionalInt.empty();
        }
        if (value.isEmpty()) {
            fail(field, "activity.error.wholeNumber");
            return value;
        }
        if (value.getAsInt() < min || value.getAsInt() > max) {
            fail(field, rangeKey, min, max);
            return OptionalInt.empty();
        }
        return value;
    }

    /** Like {@link #wholeNumber}, but an empty field is no error (a figure not known): empty then. */
    public OptionalInt optionalWholeNumber(String field, String text, int min, int max, String rangeKey) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        return wholeNumber(field, text, min, max, rangeKey);
    }

    /** An optional web address: blank, or an http(s) URL ({@link WebLink}); stripped. */
    public String webLink(String field, String text) {
        String value = fits(field, text == null ? "" : text.strip());
        if (!value.isEmpty() && !WebLink.isValid(value)) {
            fail(field, "activity.error.link");
        }
        return value;
    }

    /** Reads "12", "-3" or "1.234" (Vietnamese grouping); empty for anything else. */
    public static OptionalInt parseWhole(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String digits = text.strip().replace(" ", "");
        if (GROUPED.matcher(digits).matches()) {
            digits = digits.replace(".", "");
        }
        if (!digits.matches("-?\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}
