package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.LevelName;

/**
 * What a package says about itself: who sent it to whom, the period it covers, how many records of
 * each kind, the application and schema versions, the SHA-256 and size of every entry, and the
 * sender's level names (so that an office set up from the package names its levels the same way;
 * absent from packages of older versions).
 */
record Manifest(
        UUID packageId,
        String senderCode,
        String senderName,
        UUID senderId,
        String recipientCode,
        LocalDate periodFrom,
        LocalDate periodTo,
        long createdAt,
        String appVersion,
        long schemaVersion,
        Map<String, Integer> counts,
        Map<String, Entry> entries,
        List<LevelName> levelNames) {

    static final String FILE = "manifest.json";
    static final String FORMAT = "dx-outreach-package/1";

    /** An entry's hash and size, as the sender wrote it. */
    record Entry(String sha256, long size) {
    }

    String toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("packageId", packageId.toString());
        JsonObject sender = new JsonObject();
        sender.addProperty("code", senderCode);
        sender.addProperty("name", senderName);
        sender.addProperty("id", senderId.toString());
        o.add("sender", sender);
        o.addProperty("recipient", recipientCode);
        o.addProperty("periodFrom", periodFrom == null ? null : periodFrom.toString());
        o.addProperty("periodTo", periodTo == null ? null : periodTo.toString());
        o.addProperty("createdAt", createdAt);
        o.addProperty("appVersion", appVersion);
        o.addProperty("schemaVersion", schemaVersion);
        JsonObject countJson = new JsonObject();
        counts.forEach(countJson::addProperty);
        o.add("counts", countJson);
        JsonArray entryJson = new JsonArray();
        entries.forEach((name, entry) -> {
            JsonObject e = new JsonObject();
            e.addProperty("name", name);
            e.addProperty("sha256", entry.sha256());
            e.addProperty("size", entry.size());
            entryJson.add(e);
        });
        o.add("entries", entryJson);
        JsonArray levelJson = new JsonArray();
        levelNames.forEach(level -> {
            JsonObject l = new JsonObject();
            l.addProperty("level", level.level());
            l.addProperty("name", level.name());
            levelJson.add(l);
        });
        o.add("levels", levelJson);
        return o.toString();
    }

    /** Reads a manifest; anything missing or malformed throws IllegalArgumentException. */
    static Manifest parse(String json) {
        try {
            JsonObject o = JsonParser.parseString(json).getAsJsonObject();
            if (!FORMAT.equals(o.get("format").getAsString())) {
                throw new IllegalArgumentException("Unknown package format");
            }
            JsonObject sender = o.getAsJsonObject("sender");
            Map<String, Integer> counts = new LinkedHashMap<>();
            JsonObject countJson = o.getAsJsonObject("counts");
            countJson.keySet().forEach(kind -> counts.put(kind,
                    (int) StrictJson.integer(countJson, kind, 0, Integer.MAX_VALUE)));
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (var element : o.getAsJsonArray("entries")) {
                JsonObject e = element.getAsJsonObject();
                Entry entry = new Entry(e.get("sha256").getAsString(),
                        StrictJson.integer(e, "size", 0, Long.MAX_VALUE));
                if (entries.put(e.get("name").getAsString(), entry) != null) {
                    throw new IllegalArgumentException("Entry listed twice: " + e.get("name"));
                }
            }
            List<LevelName> levels = new ArrayList<>();
            if (o.has("levels")) {
                for (var element : o.getAsJsonArray("levels")) {
                    JsonObject l = element.getAsJsonObject();
                    levels.add(new LevelName((int) StrictJson.integer(l, "level", 1, RecordJson.MAX_LEVEL),
                            l.get("name").getAsString()));
                }
            }
            return new Manifest(java.util.Objects.requireNonNull(StrictJson.uuid(o, "packageId")),
                    sender.get("code").getAsString(),
                    sender.get("name").getAsString(), java.util.Objects.requireNonNull(StrictJson.uuid(sender, "id")),
                    o.get("recipient").getAsString(), optionalDate(o, "periodFrom"), optionalDate(o, "periodTo"),
                    StrictJson.integer(o, "createdAt", 0, StrictJson.MAX_EPOCH_MILLI),
                    o.get("appVersion").getAsString(),
                    StrictJson.integer(o, "schemaVersion", Long.MIN_VALUE, Long.MAX_VALUE), counts, entries, levels);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Malformed manifest: " + e.getMessage(), e);
        }
    }

    private static LocalDate optionalDate(JsonObject o, String name) {
        return o.get(name) == null || o.get(name).isJsonNull() ? null : LocalDate.parse(o.get(name).getAsString());
    }
}
