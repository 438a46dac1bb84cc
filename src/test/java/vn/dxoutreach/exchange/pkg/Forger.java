package vn.dxoutreach.exchange.pkg;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a real package as a hostile sender would: records changed, added or removed, files added,
 * and a manifest whose hashes, sizes and counts match again, so that only the receiver's rules of
 * authority, not its checksums, stand in the way. Also flips bytes of a written package.
 */
public final class Forger {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Long> zeroEntries = new LinkedHashMap<>();
    private final JsonObject manifest;
    private final List<Consumer<JsonObject>> manifestChanges = new ArrayList<>();

    private Forger(Path pkg) throws IOException {
        JsonObject m = null;
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals(Manifest.FILE)) {
                        m = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
                    } else {
                        entries.put(entry.getName(), bytes);
                    }
                }
            }
        }
        manifest = m;
    }

    public static Forger of(Path pkg) throws IOException {
        return new Forger(pkg);
    }

    /** A record as a package writes it. */
    public static JsonObject json(vn.dxoutreach.domain.StoredRecord record) {
        return RecordJson.write(record);
    }

    /** The SHA-256 of the bytes, as a package names an evidence file. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(PackageWriter.sha256().digest(bytes));
    }

    /** The records of a kind ({@code "broadcast"}, {@code "unit"}, …), to change in place. */
    public List<JsonObject> records(String kind) {
        String name = "records/" + kind + ".jsonl";
        List<JsonObject> records = new ArrayList<>();
        new String(entries.getOrDefault(name, new byte[0]), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).forEach(l -> records.add(JsonParser.parseString(l).getAsJsonObject()));
        return records;
    }

    /** Replaces the records of a kind. */
    public Forger records(String kind, List<JsonObject> records) {
        StringBuilder text = new StringBuilder();
        records.forEach(r -> text.append(r).append('\n'));
        entries.put("records/" + kind + ".jsonl", text.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a record of a kind. */
    public Forger add(String kind, JsonObject record) {
        List<JsonObject> records = records(kind);
        records.add(record);
        return records(kind, records);
    }

    /** Changes the first record of a kind whose id is given, or adds the change of a copy. */
    public Forger change(String kind, JsonObject record) {
        List<JsonObject> records = records(kind);
        records.removeIf(r -> r.get("id").getAsString().equals(record.get("id").getAsString()));
        records.add(record);
        return records(kind, records);
    }

    /** Puts an entry as it is (its manifest line follows its content unless the manifest is changed after). */
    public Forger entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    /** The SHA-256 of that many zero bytes, computed without holding them. */
    public static String sha256OfZeros(long size) {
        return ZERO_HASHES.computeIfAbsent(size, Forger::hashZeros);
    }

    private static final Map<Long, String> ZERO_HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String hashZeros(long size) {
        var digest = PackageWriter.sha256();
        byte[] buffer = new byte[1 << 20];
        for (long left = size; left > 0; left -= buffer.length) {
            digest.update(buffer, 0, (int) Math.min(buffer.length, left));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds an entry of that many zero bytes, written without holding them (larger than the heap if need be). */
    public Forger zeros(String name, long size) {
        zeroEntries.put(name, size);
        return this;
    }

    /** Adds an evidence file under its hash; returns the hash. */
    public String evidenceFile(byte[] content) {
        String sha = sha256(content);
        entries.put("evidence/" + sha, content);
        return sha;
    }

    /** A change of the manifest made after its entries, hashes and counts are written. */
    public Forger manifest(Consumer<JsonObject> change) {
        manifestChanges.add(change);
        return this;
    }

    /** Writes the forged package with a manifest that matches its entries. */
    public Path write(Path out) throws IOException {
        JsonArray list = new JsonArray();
        JsonObject counts = new JsonObject();
        for (PackageKind kind : PackageKind.values()) {
            if (entries.containsKey(kind.entry())) {
                counts.addProperty(kind.name(), new String(entries.get(kind.entry()), StandardCharsets.UTF_8).lines()
                        .filter(l -> !l.isBlank()).count());
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
                JsonObject e = new JsonObject();
                e.addProperty("name", entry.getKey());
                e.addProperty("sha256", sha256(entry.getValue()));
                e.addProperty("size", entry.getValue().length);
                list.add(e);
            }
            for (var entry : zeroEntries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                byte[] buffer = new byte[1 << 20];
                for (long left = entry.getValue(); left > 0; left -= buffer.length) {
                    zip.write(buffer, 0, (int) Math.min(buffer.length, left));
                }
                zip.closeEntry();
                JsonObject e = new JsonObject();
                e.addProperty("name", entry.getKey());
                e.addProperty("sha256", sha256OfZeros(entry.getValue()));
                e.addProperty("size", entry.getValue());
                list.add(e);
            }
            JsonObject m = manifest.deepCopy();
            m.add("entries", list);
            m.add("counts", counts);
            manifestChanges.forEach(change -> change.accept(m));
            zip.putNextEntry(new ZipEntry(Manifest.FILE));
            zip.write(m.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out;
    }

    /** Makes a named pipe (a FIFO) at the path; false where the system cannot. */
    public static boolean namedPipe(Path path) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A copy of the package with one byte changed (every bit of it flipped). */
    public static Path flip(Path pkg, long offset, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(pkg);
        bytes[(int) offset] = (byte) ~bytes[(int) offset];
        return Files.write(out, bytes);
    }

    /** Where each local header and central directory header of the package starts, by entry name. */
    public static Map<String, long[]> headerOffsets(Path pkg) throws IOException {
        byte[] b = Files.readAllBytes(pkg);
        Map<String, long[]> offsets = new LinkedHashMap<>();
        for (int at = 0; at + 46 < b.length; at++) {
            int signature = le32(b, at);
            if (signature == 0x04034b50) {
                String name = new String(b, at + 30, le16(b, at + 26), StandardCharsets.UTF_8);
                offsets.computeIfAbsent(name, k -> new long[] {-1, -1})[0] = at;
            } else if (signature == 0x02014b50) {
                String name = new String(b, at + 46, le16(b, at + 28), StandardCharsets.UTF_8);
                offsets.computeIfAbsent(name, k -> new long[] {-1, -1})[1] = at;
            }
        }
        return offsets;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le32(byte[] b, int at) {
        return le16(b, at) | le16(b, at + 2) << 16;
    }
}
