package vn.dxoutreach.exchange.imports;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The office's channel and type lists (the shipped values and its own), to find a cell's value in:
 * case ignored, then diacritics too, as the importer reads every choice. The list's own spelling
 * is what gets stored.
 */
final class ChoiceLookup {

    private final Function<ChoiceList, List<String>> source;
    private final Map<ChoiceList, List<String>> values = new EnumMap<>(ChoiceList.class);
    private final Map<ChoiceList, Map<String, String>> byLowerCase = new EnumMap<>(ChoiceList.class);
    private final Map<ChoiceList, Map<String, String>> byFolded = new EnumMap<>(ChoiceList.class);

    /** @param source a list's values, shipped first (e.g. {@code store.choices::values}) */
    ChoiceLookup(Function<ChoiceList, List<String>> source) {
        this.source = source;
    }

    /** The value of a list a cell names, in the list's spelling; null (a problem noted) when it names none. */
    String value(RowValues row, String id, ChoiceList list) {
        String cell = row.text(id);
        if (cell.isEmpty()) {
            return null;
        }
        String found = find(list, cell);
        if (found == null) {
            row.problem(id, cell, "data.problem.choice", String.join(", ", values(list)));
        }
        return found;
    }

    /** The value a text names, or null. */
    String find(ChoiceList list, String text) {
        load(list);
        String found = byLowerCase.get(list).get(text.strip().toLowerCase(Locale.ROOT));
        return found != null ? found : byFolded.get(list).get(Folding.fold(text));
    }

    List<String> values(ChoiceList list) {
        load(list);
        return values.get(list);
    }

    private void load(ChoiceList list) {
        if (values.containsKey(list)) {
            return;
        }
        List<String> all = List.copyOf(source.apply(list));
        Map<String, String> lower = new HashMap<>();
        Map<String, String> folded = new HashMap<>();
        for (String value : all) {
            lower.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), value);
            folded.putIfAbsent(Folding.fold(value), value);
        }
        values.put(list, all);
        byLowerCase.put(list, lower);
        byFolded.put(list, folded);
    }
}
