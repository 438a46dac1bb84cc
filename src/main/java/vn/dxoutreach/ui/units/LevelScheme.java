package vn.dxoutreach.ui.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * The level names written on one line, top level first, separated by "/", e.g.
 * "Tỉnh / Xã / Thôn - Tổ dân phố". One text field is enough to edit any depth of tree.
 */
public final class LevelScheme {

    private static final String SEPARATOR = "/";

    private LevelScheme() {
    }

    /** The names as one line, e.g. "Tỉnh / Xã / Thôn". */
    public static String format(List<LevelName> names) {
        return names.stream().map(LevelName::name).collect(Collectors.joining(" " + SEPARATOR + " "));
    }

    /** The names read leniently (blank parts kept as blank), for choice lists while the user types. */
    public static List<String> names(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(SEPARATOR, -1)).map(String::strip).toList();
    }

    /** The level names; records an error on {@code field} when the line is blank or a level has no name. */
    public static List<LevelName> read(FieldErrors errors, String field, String text, String blankPartMessage) {
        if (errors.required(field, text).isEmpty()) {
            return List.of();
        }
        List<LevelName> result = new ArrayList<>();
        List<String> names = names(text);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                errors.add(field, blankPartMessage);
                return List.of();
            }
            result.add(new LevelName(i + 1, names.get(i)));
        }
        return result;
    }
}
