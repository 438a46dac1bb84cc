package vn.dxoutreach.exchange.pkg;

import vn.dxoutreach.domain.StoredRecord;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Two versions of one record, field by field, in the order the package writes them. */
public final class FieldComparison {

    /** Shown apart, in the heading of each version, or not at all. */
    private static final Set<String> NOT_COMPARED = Set.of("id", "createdAt", "updatedAt");

    private FieldComparison() {
    }

    /** Every field of the two versions except the id and the times. */
    public static List<FieldDifference> compare(StoredRecord mine, StoredRecord theirs) {
        JsonObject a = RecordJson.write(mine);
        JsonObject b = RecordJson.write(theirs);
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<FieldDifference> result = new ArrayList<>();
        for (String field : fields) {
            if (!NOT_COMPARED.contains(field)) {
                result.add(new FieldDifference(field, text(a.get(field)), text(b.get(field))));
            }
        }
        return result;
    }

    private static String text(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonArray()) {
            return StreamSupport.stream(e.getAsJsonArray().spliterator(), false).map(FieldComparison::item)
                    .collect(Collectors.joining(", "));
        }
        return e.getAsString();
    }

    /** An element of a list: a value, or an object's values joined by "@" (a former parent: "id@until"). */
    private static String item(JsonElement e) {
        if (e.isJsonObject()) {
            return e.getAsJsonObject().entrySet().stream().map(entry -> entry.getValue().getAsString())
                    .collect(Collectors.joining("@"));
        }
        return e.getAsString();
    }
}
