package vn.dxoutreach.exchange.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.text.Messages;

/** Collects the problems of an import, every one of them, in the order found. */
final class Problems {

    private final Messages messages;
    private final LocalDate today;
    private final List<ImportProblem> list = new ArrayList<>();

    Problems(Messages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
    }

    /** The day the import runs, which bounds the dates it takes. */
    LocalDate today() {
        return today;
    }

    void add(String sheet, int row, String column, String value, String key, Object... args) {
        list.add(new ImportProblem(sheet, row, column, value == null ? "" : value, messages.get(key, args)));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<ImportProblem> list() {
        return List.copyOf(list);
    }
}
