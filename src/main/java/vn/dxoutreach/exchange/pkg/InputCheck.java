package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import java.time.LocalDate;
import java.util.Optional;
import vn.dxoutreach.domain.InputRules;

/**
 * A record read from a package keeps the rules every input keeps ({@link InputRules}): its dates within the
 * sane range and its texts within their length. A record that breaks them refuses the package, naming the
 * entry, the line and the field.
 */
final class InputCheck {

    private InputCheck() {
    }

    /** The record when it keeps the rules. */
    static StoredRecord of(StoredRecord record, String entry, int line) throws PackageRefused {
        if (record instanceof Record r) {
            Optional<String> field = InputRules.violation(r, LocalDate.now());
            if (field.isPresent()) {
                throw new PackageRefused("exchange.refused.badValue", entry, line, field.get());
            }
        }
        return record;
    }
}
