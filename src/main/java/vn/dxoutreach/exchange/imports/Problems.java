package vn.dxoutreach.exchange.imports;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.text.Messages;

/** Collects the problems of an import, every one of them, in the order found. */
final class Problems {

    private final Messages messages;
    private final List<ImportProblem> list = new ArrayList<>();

    Problems(Messages messages) {
        this.messages = messages;
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
