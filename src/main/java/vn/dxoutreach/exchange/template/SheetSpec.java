package vn.dxoutreach.exchange.template;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * One sheet of the template: its name (also the CSV file name), what it holds, and its columns.
 */
public record SheetSpec(String name, String description, List<Column> columns) {

    public SheetSpec {
        columns = List.copyOf(columns);
    }

    public Column column(String id) {
        return columns.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name + "." + id));
    }

    /** The columns of the fillable template (without the export-only ones). */
    public List<Column> templateColumns() {
        return columns.stream().filter(c -> !c.extended()).toList();
    }

    /** Whether a sheet or file name (e.g. "phat thanh.csv", "PhatThanh (2)") names this sheet. */
    public boolean matchesName(String candidate) {
        String letters = Folding.fold(candidate).replaceAll("[^a-z0-9]", "");
        String own = Folding.fold(name).replaceAll("[^a-z0-9]", "");
        return letters.equals(own) || letters.startsWith(own) && !letters.isEmpty()
                && letters.substring(own.length()).chars().allMatch(Character::isDigit);
    }
}
