package vn.dxoutreach.exchange.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.exchange.read.RawRow;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.SheetSpec;
import vn.dxoutreach.exchange.template.Template;
import vn.dxoutreach.text.Formats;

/**
 * The typed values of one row. Each getter notes a problem (sheet, row, column, value, reason)
 * instead of failing, so that one pass over a file reports everything wrong with it.
 */
final class RowValues {

    /** How much of an over-long text a problem shows. */
    private static final int SHOWN_CHARS = 40;

    private final SheetSpec spec;
    private final SheetRows.Part part;
    private final RawRow row;
    private final Problems problems;
    private int found;

    RowValues(SheetSpec spec, SheetRows.Part part, RawRow row, Problems problems) {
        this.spec = spec;
        this.part = part;
        this.row = row;
        this.problems = problems;
    }

    int rowNumber() {
        return row.number();
    }

    /** Whether this row has found no problem so far. */
    boolean ok() {
        return found == 0;
    }

    /**
     * The text of a column in NFC, stripped; "" when empty (a problem when the column is required) or
     * longer than the field takes (a problem).
     */
    String text(String id) {
        String value = InputRules.nfc(part.cell(row, id)).strip();
        if (value.isEmpty() && column(id).required()) {
            problem(id, value, "data.problem.required");
        }
        if (!InputRules.fits(id, value)) {
            problem(id, value.substring(0, SHOWN_CHARS) + "…", "data.problem.tooLong", InputRules.maxLength(id),
                    value.length());
            return "";
        }
        return value;
    }

    /** The text, or null when empty. */
    String textOrNull(String id) {
        String value = text(id);
        return value.isEmpty() ? null : value;
    }

    LocalDate date(String id) {
        String value = text(id);
        if (value.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = Formats.parseDate(value);
        if (date.isEmpty()) {
            problem(id, value, "data.problem.date");
            return null;
        }
        InputRules.DateUse use = dateUse();
        if (!use.allows(date.get(), problems.today())) {
            problem(id, value, "data.problem.dateRange", Formats.date(use.first()),
                    Formats.date(use.last(problems.today())));
            return null;
        }
        return date.get();
    }

    /** How far back and ahead the dates of this sheet may lie. */
    private InputRules.DateUse dateUse() {
        return switch (spec.name()) {
            case Template.UNITS -> InputRules.DateUse.UNIT;
            case Template.PLANS, Template.TARGETS, Template.DEADLINES -> InputRules.DateUse.PLAN;
            default -> InputRules.DateUse.ACTIVITY;
        };
    }

    /** A whole number within [min, max]; null when empty or wrong. */
    Long number(String id, long min, long max) {
        String value = text(id);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace(" ", ""));
            long whole = number.longValueExact();
            if (whole < min || whole > max) {
                problem(id, value, "data.problem.range", min, max);
                return null;
            }
            return whole;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(id, value, "data.problem.number");
            return null;
        }
    }

    /** A whole number, 0 when empty. */
    int count(String id, int max) {
        Long value = number(id, 0, max);
        return value == null ? 0 : value.intValue();
    }

    <E extends Enum<E>> E choice(String id, Class<E> type) {
        String value = text(id);
        if (value.isEmpty()) {
            return null;
        }
        Optional<E> parsed = Template.get().parse(type, value);
        if (parsed.isEmpty()) {
            problem(id, value, "data.problem.choice", String.join(", ", column(id).choices()));
        }
        return parsed.orElse(null);
    }

    boolean yesNo(String id) {
        String value = text(id);
        Optional<Boolean> parsed = Template.get().parseYesNo(value);
        if (parsed.isEmpty()) {
            problem(id, value, "data.problem.choice", String.join(", ", column(id).choices()));
        }
        return parsed.orElse(false);
    }

    /** Notes a problem on a column of this row. */
    void problem(String id, String value, String key, Object... args) {
        found++;
        problems.add(part.name(), row.number(), column(id).header(), value, key, args);
    }

    /** Notes a problem on the whole row. */
    void rowProblem(String key, Object... args) {
        found++;
        problems.add(part.name(), row.number(), "", "", key, args);
    }

    private Column column(String id) {
        return spec.column(id);
    }
}
