package vn.dxoutreach.exchange.imports;

import java.util.List;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.exchange.template.Folding;

/** A level written as its number (1 = top) or as the name the office gave it ("Xã"). */
final class Levels {

    static final int MAX_LEVEL = 20;

    private Levels() {
    }

    /** The level of a column, null when empty or not understood (then noted as a problem). */
    static Integer parse(RowValues row, String id, List<LevelName> names) {
        String value = row.text(id);
        if (value.isEmpty()) {
            return null;
        }
        String folded = Folding.fold(value);
        for (LevelName name : names) {
            if (Folding.fold(name.name()).equals(folded)) {
                return name.level();
            }
        }
        try {
            int level = (int) Double.parseDouble(folded);
            if (level >= 1 && level <= MAX_LEVEL && level == Double.parseDouble(folded)) {
                return level;
            }
        } catch (NumberFormatException e) {
            // not a number: reported below
        }
        String known = String.join(", ", names.stream().map(LevelName::name).toList());
        row.problem(id, value, "data.problem.level", known.isEmpty() ? "1, 2, 3…" : known);
        return null;
    }
}
