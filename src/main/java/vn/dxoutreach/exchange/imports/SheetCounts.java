package vn.dxoutreach.exchange.imports;

/**
 * What an import does to one sheet's records.
 *
 * @param added     rows that become new records
 * @param updated   rows that change an existing record (same natural key, other values)
 * @param unchanged rows equal to an existing record
 */
public record SheetCounts(String sheet, int added, int updated, int unchanged) {

    public int rows() {
        return added + updated + unchanged;
    }
}
