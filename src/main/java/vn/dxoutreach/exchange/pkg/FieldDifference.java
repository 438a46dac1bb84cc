package vn.dxoutreach.exchange.pkg;

/**
 * One field of a record in two versions, as stored in a package ({@code null} when empty): what the
 * side-by-side view of a conflict shows on one line.
 *
 * @param field the field's name in the package, e.g. {@code programTitle}
 */
public record FieldDifference(String field, String mine, String theirs) {

    public boolean differs() {
        return mine == null ? theirs != null : !mine.equals(theirs);
    }
}
