package vn.dxoutreach.domain;

import java.text.Normalizer;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules every text and date entering the application passes, whatever the way in (forms, Excel/CSV
 * import, data packages): text in Unicode NFC (Vietnamese typed on a Mac or copied from the web often
 * arrives decomposed, and would count apart from the same words typed on Windows), within a length an
 * Excel cell and a printed page can hold, and dates within a sane range.
 */
public final class InputRules {

    /** Titles, names, topics, places: a line of text. */
    public static final int TEXT_MAX = 500;
    /** Notes and other free text. Well under the 32,767 characters an Excel cell holds. */
    public static final int NOTE_MAX = 4_000;
    /** What a date is for, which sets how far back and ahead it may lie. */
    public enum DateUse {
        /** An activity's day: from 2000 to a year after today. */
        ACTIVITY(LocalDate.of(2000, 1, 1), 1),
        /** A plan's, target's or report deadline's day: plans run several years ahead. */
        PLAN(LocalDate.of(2000, 1, 1), 10),
        /** When a unit came into being or ended: communes older than the programme exist. */
        UNIT(LocalDate.of(1945, 1, 1), 10);

        private final LocalDate first;
        private final int yearsAhead;

        DateUse(LocalDate first, int yearsAhead) {
            this.first = first;
            this.yearsAhead = yearsAhead;
        }

        /** The first day allowed. */
        public LocalDate first() {
            return first;
        }

        /** The last day allowed, seen from {@code today}. */
        public LocalDate last(LocalDate today) {
            return today.plusYears(yearsAhead);
        }

        /** Whether a day lies in the allowed range, both ends included; no day is allowed too. */
        public boolean allows(LocalDate day, LocalDate today) {
            return day == null || (!day.isBefore(first) && !day.isAfter(last(today)));
        }
    }

    private InputRules() {
    }

    /** The text in NFC; null stays null. */
    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The longest text a field takes: notes {@value #NOTE_MAX}, everything else {@value #TEXT_MAX}. */
    public static int maxLength(String field) {
        return field != null && field.toLowerCase(java.util.Locale.ROOT).contains("note") ? NOTE_MAX : TEXT_MAX;
    }

    /** Whether a text fits a field (counted in characters after NFC). */
    public static boolean fits(String field, String text) {
        return text == null || nfc(text).length() <= maxLength(field);
    }

    /**
     * Whether a text is a web address a browser opens: http or https with a host, no spaces. A news
     * item's link must be one (or empty), whether typed or imported.
     */
    public static boolean isWebLink(String text) {
        if (text == null || text.isBlank() || text.strip().chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(text.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * The first field of a record (its texts and dates, nested records included) that breaks these rules,
     * by its name; empty when all keep them. For records that arrive whole (data packages).
     */
    public static Optional<String> violation(Record record, LocalDate today) {
        DateUse use = record instanceof Unit ? DateUse.UNIT
                : record instanceof Plan || record instanceof Target || record instanceof ReportDeadline
                        ? DateUse.PLAN : DateUse.ACTIVITY;
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            boolean broken = value instanceof String text ? !fits(component.getName(), text)
                    : value instanceof LocalDate day ? !use.allows(day, today)
                    : value instanceof Record nested && violation(nested, today).isPresent();
            if (broken) {
                return Optional.of(component.getName());
            }
        }
        return Optional.empty();
    }
}
