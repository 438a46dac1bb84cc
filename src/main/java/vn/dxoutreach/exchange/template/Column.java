package vn.dxoutreach.exchange.template;

import java.util.List;

/**
 * One column of a template sheet.
 *
 * @param id       the column's name in code, e.g. {@code date}
 * @param header   the Vietnamese header of the file
 * @param note     what the column means, for the guide and the header's comment
 * @param required whether every row must fill it
 * @param extended whether only full exports carry it (the template leaves it out; import accepts it)
 * @param choices  the list of accepted values, empty for free columns
 * @param open     whether values beyond {@code choices} may be accepted (a channel or type the office
 *                 added to its lists): the template's drop-down then warns instead of refusing
 */
public record Column(String id, String header, String note, boolean required, boolean extended,
        List<String> choices, boolean open) {

    public Column {
        choices = List.copyOf(choices);
    }

    /** Whether the header found in a file names this column (case, diacritics, spaces and a "(…)" ignored). */
    public boolean matches(String fileHeader) {
        String folded = Folding.fold(fileHeader);
        return folded.equals(Folding.fold(header))
                || Folding.foldWithoutExplanation(fileHeader).equals(Folding.foldWithoutExplanation(header));
    }
}
