package vn.dxoutreach.ui.form;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * What a ViewModel found wrong with a form: one message per field name, in the order found.
 * It needs no FX toolkit, so ViewModel tests assert on it directly; a view shows it with
 * {@link ValidationDecorations}. The check methods read a field and record the usual
 * Vietnamese message when it is wrong.
 */
public final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Messages messages;

    public FieldErrors(Messages messages) {
        this.messages = messages;
    }

    /** Records a message for the field, unless the field already has one. */
    public FieldErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message of a field, if it has one. */
    public Optional<String> message(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    public Collection<String> fields() {
        return byField.keySet();
    }

    public Collection<String> messages() {
        return byField.values();
    }

    /** The stripped text; records "required" when it is blank. */
    public String required(String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            add(field, messages.get("form.error.required"));
        }
        return value;
    }

    /** A date written dd/MM/yyyy; records an error when it is required and blank or not a real date. */
    public LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, messages.get("form.error.required"));
            }
            return null;
        }
        Optional<LocalDate> date = Formats.parseDate(text);
        if (date.isEmpty()) {
            add(field, messages.get("form.error.date"));
        }
        return date.orElse(null);
    }

    /** Records an error on {@code toField} when both dates are known and {@code to} is before {@code from}. */
    public void order(String toField, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            add(toField, messages.get("form.error.dateOrder"));
        }
    }

    /** A whole number ≥ 0; records an error when blank, not a number or negative. */
    public OptionalLong nonNegative(String field, String text) {
        String value = required(field, text);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.replace(".", "").replace(" ", ""));
            if (number >= 0) {
                return OptionalLong.of(number);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        add(field, messages.get("form.error.nonNegative"));
        return OptionalLong.empty();
    }
}
