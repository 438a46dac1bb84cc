package vn.dxoutreach.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.NewsItem;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.pkg.Forger;
import vn.dxoutreach.exchange.pkg.OfficeSetup;
import vn.dxoutreach.exchange.pkg.PackageMerger;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.exchange.pkg.PackageWriter;
import vn.dxoutreach.store.DataFolder;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * Hostile data packages against a district's database: records, units, plans and evidence of
 * others, moves, cycles, bad hashes, damaged zip headers, absurd versions and numbers, huge entries,
 * files that are no files. Each must be refused with a Vietnamese message and leave the database
 * and the evidence folder exactly as they were. Prints one line:
 * {@code reliability packages: attempts=N crashes=N wrongly-accepted=N lost=N}.
 */
class PackageReliabilityTest {

    private static final Instant NOW = Instant.parse("2024-10-05T08:00:00Z");
    private static final long LATER = NOW.plusSeconds(86_400).toEpochMilli();

    @TempDir
    Path temp;
    private Store district;
    private Store commune;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private Broadcast siblingAiring;
    private Broadcast districtAiring;
    private Banner siblingBanner;
    private Plan plan;
    private ChoiceValue districtChannel;
    private Path up;
    private Path down;
    private int attempts;
    private int crashes;
    private int wronglyAccepted;
    private int lost;
    private final List<String> faults = new ArrayList<>();

    @BeforeEach
    void aDistrictAndOneOfItsCommunes() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
        district = Store.open(new DataFolder(Files.createDirectory(temp.resolve("district"))), clock);
        unit("T01", "Tỉnh Thử", 1, null);
        unit("H01", "Huyện Thử", 2, "T01");
        unit("X01", "Xã An", 3, "H01");
        unit("X02", "Xã Bình", 3, "H01");
        unit("X03", "Xã Cường", 3, "H01");
        unit("T0101", "Thôn An Một", 4, "X01");
        unit("T0102", "Thôn An Hai", 4, "X01");
        unit("T0201", "Thôn Bình Một", 4, "X02");
        new Office(district).set(units.get("H01"));
        plan = district.plans.save(new Plan(RecordMeta.fresh(units.get("H01").id(), NOW), "96/KH-UBND",
                "Kế hoạch chuyển đổi số", "UBND huyện", null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        district.deadlines.forPlan(plan);
        district.slogans.ensureOfficial(units.get("H01").id());
        districtChannel = district.choices.save(new ChoiceValue(RecordMeta.fresh(units.get("H01").id(), NOW),
                ChoiceList.NEWS_CHANNEL, "Loa di động"));
        siblingAiring = district.broadcasts.save(airing("X02", "2024-10-02"));
        districtAiring = district.broadcasts.save(airing("H01", "2024-10-02"));
        district.broadcasts.save(airing("X01", "2024-09-20"));
        siblingBanner = district.banners.save(new Banner(RecordMeta.fresh(units.get("X02").id(), NOW),
                LocalDate.parse("2024-10-01"), null, BannerKind.BANNER, "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10",
                3, "UBND xã", "", ""));
        district.evidence.attach(file("photo-x02.jpg", "ảnh của xã Bình"), siblingAiring.meta().id(),
                ActivityKind.BROADCAST, units.get("X02").id());

        down = Files.createTempFile(temp, "down", ".dxo");
        new PackageWriter(district, "test").write(units.get("H01"), units.get("X01"), null, down);
        commune = Store.open(new DataFolder(Files.createDirectory(temp.resolve("commune"))), clock);
        OfficeSetup setup = new OfficeSetup(commune);
        setup.setUp(setup.read(down, Files.createTempDirectory(temp, "setup")), "X01");
        Broadcast own = commune.broadcasts.save(airing("X01", "2024-10-03"));
        commune.broadcasts.save(airing("T0101", "2024-10-04"));
        commune.evidence.attach(file("photo-x01.jpg", "ảnh của xã An"), own.meta().id(), ActivityKind.BROADCAST,
                units.get("X01").id());
        up = Files.createTempFile(temp, "up", ".dxo");
        new PackageWriter(commune, "test").write(units.get("X01"), units.get("H01"), null, up);
    }

    @AfterEach
    void close() {
        district.close();
        commune.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyHostilePackageIsRefusedAndWritesNothing() throws Exception {
        foreignRecords();
        ownUnitAndTree();
        referenceData();
        evidence();
        zipHeaders(up, district, "up");
        zipHeaders(down, commune, "down");
        versionsAndNumbers();
        hugeEntriesAndNonFiles();
        fromAbove();

        System.out.println("reliability packages: attempts=" + attempts + " crashes=" + crashes
                + " wrongly-accepted=" + wronglyAccepted + " lost=" + lost);
        assertThat(faults).isEmpty();
        assertThat(List.of(crashes, wronglyAccepted, lost)).containsOnly(0);
        // the untouched package still goes through: the refusals above were the rules, not a broken reader
        new PackageMerger(district).preview(up, Files.createTempDirectory(temp, "control"));
    }

    private void foreignRecords() throws Exception {
        for (Broadcast other : List.of(siblingAiring, districtAiring)) {
            String owner = other == siblingAiring ? "Xã Bình" : "Huyện Thử";
            refusedUp("overwrite " + owner, f -> f.add("broadcast", newer(json(other), o -> o.addProperty(
                    "programTitle", "Ghi đè"))), owner);
            refusedUp("steal " + owner, f -> f.add("broadcast", newer(json(other), o -> o.addProperty("unitId",
                    id("X01")))), owner);
            refusedUp("tombstone " + owner, f -> f.add("broadcast", newer(json(other), o -> o.addProperty(
                    "deleted", true))), owner);
            refusedUp("steal to village " + owner, f -> f.add("broadcast", newer(json(other),
                    o -> o.addProperty("unitId", id("T0101")))), owner);
        }
        refusedUp("tombstone sibling banner", f -> f.add("banner", newer(json(siblingBanner),
                o -> o.addProperty("deleted", true))), "Xã Bình");
        for (String unit : List.of("X02", "X03", "H01", "T01", "T0201")) {
            refusedUp("new record of " + unit, f -> f.add("broadcast", newer(json(airing(unit, "2024-10-03")),
                    o -> { })), units.get(unit).name());
            refusedUp("new banner of " + unit, f -> f.add("banner", newer(json(new Banner(
                    RecordMeta.fresh(units.get(unit).id(), NOW), LocalDate.parse("2024-10-01"), null,
                    BannerKind.POSTER, "Khẩu hiệu", 1, "", "", "")), o -> { })), units.get(unit).name());
            refusedUp("new news item of " + unit, f -> f.add("news_item", newer(json(new NewsItem(
                    RecordMeta.fresh(units.get(unit).id(), NOW), LocalDate.parse("2024-10-01"), "Tin bài", "Zalo",
                    "", null, "", "", "")), o -> { })), units.get(unit).name());
        }
        refusedUp("record of an unknown unit", f -> f.add("broadcast", newer(json(airing("X01", "2024-10-03")),
                o -> o.addProperty("unitId", UUID.randomUUID().toString()))), "Xã An");
        refusedUnit("rename a sibling", "X02", o -> o.addProperty("name", "Xã Bị Sửa"), "Xã Bình");
        refusedUnit("rename the district", "H01", o -> o.addProperty("name", "Huyện Bị Sửa"), "Huyện Thử");
        refusedUnit("tombstone a sibling", "X02", o -> o.addProperty("deleted", true), "Xã Bình");
        refusedUnit("rename a sibling's village", "T0201", o -> o.addProperty("name", "Thôn Bị Sửa"),
                "Thôn Bình Một");
        refusedUnit("sibling's village moved in", "T0201", o -> o.addProperty("parentId", id("X01")),
                "Thôn Bình Một");
        refusedUp("sender code of a sibling", f -> f.manifest(m -> m.getAsJsonObject("sender")
                .addProperty("code", "X02")), null);
        refusedUp("sender is the district itself", f -> f.manifest(m -> {
            m.getAsJsonObject("sender").addProperty("code", "H01");
            m.getAsJsonObject("sender").addProperty("id", id("H01"));
        }), null);
        refusedUp("sender unknown here", f -> f.manifest(m -> {
            m.getAsJsonObject("sender").addProperty("code", "X99");
            m.getAsJsonObject("sender").addProperty("id", UUID.randomUUID().toString());
        }), null);
        Unit newcomer = Unit.fresh("X99", "Xã Mới", 3, units.get("H01").id(), null, null, List.of(), NOW);
        refusedUp("sender brings itself into the tree", f -> f.add("unit", json(newcomer)).manifest(m -> {
            m.getAsJsonObject("sender").addProperty("code", "X99");
            m.getAsJsonObject("sender").addProperty("id", newcomer.id().toString());
        }), null);
    }

    private void ownUnitAndTree() throws Exception {
        for (String parent : List.of("X02", "X03", "T01", "T0101", "T0201")) {
            refusedUnit("self under " + parent, "X01", o -> o.addProperty("parentId", id(parent)), "Xã An");
        }
        refusedUnit("self to the root", "X01", o -> o.add("parentId", com.google.gson.JsonNull.INSTANCE), "Xã An");
        refusedUnit("self under an unknown unit", "X01", o -> o.addProperty("parentId", UUID.randomUUID().toString()),
                "Xã An");
        for (int level : new int[] {1, 2, 4, 5}) {
            refusedUnit("own level " + level, "X01", o -> o.addProperty("level", level), "Xã An");
        }
        refusedUnit("own code", "X01", o -> o.addProperty("code",
                "X09"), "Xã An");
        refusedUnit("own end of validity", "X01", o -> o.addProperty("validTo", "2024-12-31"), "Xã An");
        refusedUnit("own start of validity", "X01", o -> o.addProperty("validFrom", "2025-07-01"), "Xã An");
        refusedUnit("self delete", "X01", o -> o.addProperty("deleted", true), "Xã An");
        refusedUp("self delete and broadcasts", f -> f.change("unit", newer(json(units.get("X01")),
                o -> o.addProperty("deleted", true))).add("broadcast", newer(json(siblingAiring), o -> { })), null);
        for (String sibling : List.of("X02", "X03", "H01")) {
            refusedUp("claims " + sibling + " as predecessor", f -> f.change("unit", newer(json(units.get("X01")),
                    o -> o.add("predecessors", array(id(sibling))))), "Xã An");
            refusedUp("village claims " + sibling + " as predecessor", f -> f.change("unit",
                    newer(json(units.get("T0101")), o -> o.add("predecessors", array(id(sibling))))),
                    units.get(sibling).name());
            Unit claimer = Unit.fresh("T0199", "Thôn Mới", 4, units.get("X01").id(), null, null,
                    List.of(units.get(sibling).id()), NOW);
            refusedUp("new village claims " + sibling + " and sends its records", f -> f.add("unit", json(claimer))
                    .add("broadcast", newer(json(siblingAiring), o -> o.addProperty("programTitle", "Của tôi"))),
                    units.get(sibling).name());
        }
        for (String parent : List.of("X02", "H01", "T01", "T0201")) {
            refusedUnit("village under " + parent, "T0101", o -> o.addProperty("parentId", id(parent)),
                    "Thôn An Một");
            Unit created = Unit.fresh("T0198", "Thôn Lạ", 4, units.get(parent).id(), null, null, List.of(), NOW);
            refusedUp("new unit under " + parent, f -> f.add("unit", json(created)), "Thôn Lạ");
        }
        refusedUnit("village to the root", "T0101", o -> o.add("parentId", com.google.gson.JsonNull.INSTANCE),
                "Thôn An Một");
        refusedUp("self and village each other's parent", f -> f.change("unit", newer(json(units.get("X01")),
                o -> o.addProperty("parentId", id("T0101")))).change("unit", newer(json(units.get("T0101")),
                o -> o.addProperty("parentId", id("X01")))), "Xã An");
        refusedUp("two villages each other's parent", f -> f.change("unit", newer(json(units.get("T0101")),
                o -> o.addProperty("parentId", id("T0102")))).change("unit", newer(json(units.get("T0102")),
                o -> o.addProperty("parentId", id("T0101")))), "Xã An");
        refusedUnit("village its own parent", "T0101", o -> o.addProperty("parentId", id("T0101")), "Thôn An Một");
        refusedUnit("village its own predecessor", "T0101", o -> o.add("predecessors", array(id("T0101"))),
                "Thôn An Một");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        refusedUp("two new units each other's parent", f -> f.add("unit", unitJson(a, "T0190", b))
                .add("unit", unitJson(b, "T0191", a)), "Xã An");
    }

    private void referenceData() throws Exception {
        refusedUp("tombstone the plan", f -> f.add("plan", newer(json(plan), o -> o.addProperty("deleted", true))),
                "Huyện Thử");
        refusedUp("retitle the plan", f -> f.add("plan", newer(json(plan), o -> o.addProperty("title", "Khác"))),
                "Huyện Thử");
        refusedUp("plan of the district", f -> f.add("plan", newer(json(plan), o -> o.addProperty("id",
                UUID.randomUUID().toString()))), "Huyện Thử");
        var deadline = district.deadlines.ofPlan(plan.id()).get(0);
        refusedUp("move a report deadline", f -> f.add("report_deadline", newer(json(deadline),
                o -> o.addProperty("due", "2024-12-01"))), "Huyện Thử");
        refusedUp("tombstone a report deadline", f -> f.add("report_deadline", newer(json(deadline),
                o -> o.addProperty("deleted", true))), "Huyện Thử");
        var slogan = district.slogans.listLive().get(0);
        refusedUp("tombstone a slogan", f -> f.add("slogan", newer(json(slogan), o -> o.addProperty("deleted",
                true))), "Huyện Thử");
        refusedUp("rewrite a list value", f -> f.add("choice_value", newer(json(districtChannel),
                o -> o.addProperty("choiceValue", "Kênh khác"))), "Huyện Thử");
        refusedUp("tombstone a list value", f -> f.add("choice_value", newer(json(districtChannel),
                o -> o.addProperty("deleted", true))), "Huyện Thử");
        refusedUp("rewrite a slogan", f -> f.add("slogan", newer(json(slogan), o -> o.addProperty("text", "KHÁC"))),
                "Huyện Thử");
    }

    private void evidence() throws Exception {
        String evidenceJson = Forger.of(up).records("evidence").get(0).toString();
        for (String hash : List.of("../../../../etc/hostname", "/etc/passwd", "x", "", "ABCDEF".repeat(10) + "ABCD",
                "0".repeat(63), "0".repeat(65), "../" + "0".repeat(61), "0".repeat(62) + "/.")) {
            refusedUp("evidence hash '" + hash + "'", f -> f.records("evidence", List.of(newer(
                    JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> o.addProperty("sha256", hash)))),
                    "Xã An");
        }
        refusedUp("evidence on a sibling's broadcast", f -> {
            String sha = f.evidenceFile("giả mạo".getBytes(StandardCharsets.UTF_8));
            f.add("evidence", newer(JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> {
                o.addProperty("id", UUID.randomUUID().toString());
                o.addProperty("recordId", siblingAiring.meta().id().toString());
                o.addProperty("sha256", sha);
            }));
        }, "Xã Bình");
        refusedUp("evidence on the district's broadcast", f -> f.add("evidence", newer(
                JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> {
                    o.addProperty("id", UUID.randomUUID().toString());
                    o.addProperty("recordId", districtAiring.meta().id().toString());
                })), "Huyện Thử");
        refusedUp("evidence on a record nobody has", f -> f.add("evidence", newer(
                JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> {
                    o.addProperty("id", UUID.randomUUID().toString());
                    o.addProperty("recordId", UUID.randomUUID().toString());
                })), "Xã An");
        refusedUp("evidence as a banner of a broadcast", f -> f.records("evidence", List.of(newer(
                JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> o.addProperty("recordKind", "BANNER")))),
                "Xã An");
        refusedUp("sibling's evidence record taken over", f -> f.add("evidence", newer(
                json(district.evidence.ofRecord(siblingAiring.meta().id()).get(0)),
                o -> o.addProperty("unitId", id("X01")))), "Xã Bình");
        refusedUp("an evidence file nothing uses", f -> f.evidenceFile("thừa".getBytes(StandardCharsets.UTF_8)), null);
        refusedUp("an evidence file under another hash", f -> {
            String sha = Forger.of(up).records("evidence").get(0).get("sha256").getAsString();
            f.entry("evidence/" + sha, "nội dung khác".getBytes(StandardCharsets.UTF_8));
            f.manifest(m -> m.getAsJsonArray("entries").forEach(e -> {
                if (e.getAsJsonObject().get("name").getAsString().equals("evidence/" + sha)) {
                    e.getAsJsonObject().addProperty("sha256", sha);
                }
            }));
        }, null);
        refusedUp("evidence entry named apart from its hash", f -> {
            byte[] content = "ảnh".getBytes(StandardCharsets.UTF_8);
            String sha = Forger.sha256(content);
            f.entry("evidence/" + "a".repeat(64), content);
            f.add("evidence", newer(JsonParser.parseString(evidenceJson).getAsJsonObject(), o -> {
                o.addProperty("id", UUID.randomUUID().toString());
                o.addProperty("sha256", sha);
            }));
        }, null);
    }

    /** Every bit of a byte flipped in the headers and in the data, one position at a time. */
    private void zipHeaders(Path pkg, Store receiver, String name) throws Exception {
        long size = Files.size(pkg);
        List<Long> offsets = new ArrayList<>();
        // the last entry's data ends where the central directory starts, not at its own central header:
        // a midpoint beyond would land on directory bytes no reader uses (version made by, attributes)
        long directory = Forger.headerOffsets(pkg).values().stream().mapToLong(o -> o[1]).min().orElse(size);
        for (var header : Forger.headerOffsets(pkg).entrySet()) {
            long local = header.getValue()[0];
            long central = header.getValue()[1];
            int nameLength = header.getKey().getBytes(StandardCharsets.UTF_8).length;
            // local: signature, flags, method, time, CRC, sizes, name length, name (first, middle, last)
            for (long at : new long[] {0, 6, 8, 10, 14, 18, 22, 26, 30, 30 + nameLength / 2, 30 + nameLength - 1}) {
                offsets.add(local + at);
            }
            // central: signature, method, CRC, sizes, name length, offset, name
            for (long at : new long[] {0, 10, 16, 20, 24, 28, 42, 46, 46 + nameLength / 2, 46 + nameLength - 1}) {
                offsets.add(central + at);
            }
            // the entry's data: first byte and one in the middle
            long data = local + 30 + nameLength;
            long next = Forger.headerOffsets(pkg).values().stream().mapToLong(o -> o[0]).filter(o -> o > local)
                    .min().orElse(directory);
            offsets.add(data);
            offsets.add(Math.min(data + (next - data) / 2, size - 1));
        }
        for (int back : new int[] {22, 20, 18, 16, 12, 8}) {
            offsets.add(size - back);
        }
        for (long offset : offsets) {
            attempt(name + " flip at " + offset, Forger.flip(pkg, offset, temp.resolve("flipped.dxo")), receiver,
                    null);
        }
        Path truncated = temp.resolve("truncated.dxo");
        for (long keep : new long[] {0, 10, size / 2, size - 23, size - 1}) {
            Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(pkg), (int) keep));
            attempt(name + " truncated to " + keep, truncated, receiver, null);
        }
        attempt(name + " duplicate entry", duplicateEntry(pkg), receiver, null);
    }

    private void versionsAndNumbers() throws Exception {
        for (String version : List.of("2147483648", "-1", "0", "1.5", "\"10\"", "1e400", "-2147483649",
                "9223372036854775808", "99", "null", "true")) {
            refusedUp("schemaVersion " + version, f -> f.manifest(m -> m.add("schemaVersion",
                    JsonParser.parseString(version))), null);
        }
        refusedUp("schemaVersion missing", f -> f.manifest(m -> m.remove("schemaVersion")), null);
        refusedUp("format unknown", f -> f.manifest(m -> m.addProperty("format", "dx-outreach-package/2")), null);
        refusedUp("counts that lie", f -> f.manifest(m -> m.getAsJsonObject("counts").addProperty("BROADCAST", 1)),
                null);
        refusedUp("an entry listed twice", f -> f.manifest(m -> {
            JsonArray entries = m.getAsJsonArray("entries");
            entries.add(entries.get(0).deepCopy());
        }), null);
        refusedUp("a size that lies", f -> f.manifest(m -> m.getAsJsonArray("entries").get(0).getAsJsonObject()
                .addProperty("size", 1)), null);
        JsonObject own = Forger.of(up).records("broadcast").get(0);
        for (String minutes : List.of("1.5", "-5", "0", "601", "2147483648", "\"15\"", "1e10", "NaN", "null")) {
            refusedUp("minutes " + minutes, f -> f.change("broadcast", newer(own.deepCopy(), o -> o.add("minutes",
                    JsonParser.parseString(minutes)))), null);
        }
        for (String field : List.of("createdAt", "updatedAt")) {
            for (String value : List.of("-1", "1.5", "1e30", "\"x\"")) {
                refusedUp(field + " " + value, f -> f.change("broadcast", newer(own.deepCopy(), o -> o.add(field,
                        JsonParser.parseString(value)))), null);
            }
        }
        refusedUp("deleted as text", f -> f.change("broadcast", newer(own.deepCopy(), o -> o.addProperty("deleted",
                "false"))), null);
        refusedUp("id not an id", f -> f.change("broadcast", newer(own.deepCopy(), o -> o.addProperty("id",
                "1-2-3-4-5"))), null);
        refusedUnit("level 1.5", "T0101", o -> o.addProperty("level",
                1.5), null);
        refusedUp("quantity -1", f -> f.add("banner", newer(json(new Banner(RecordMeta.fresh(units.get("X01").id(),
                NOW), LocalDate.parse("2024-10-01"), null, BannerKind.POSTER, "Khẩu hiệu", 1, "", "", "")),
                o -> o.addProperty("quantity", -1))), null);
        refusedUp("sizeBytes 2.5", f -> f.records("evidence", List.of(newer(Forger.of(up).records("evidence").get(0),
                o -> o.addProperty("sizeBytes", 2.5)))), null);
        refusedUp("a record of the wrong shape", f -> f.add("broadcast", JsonParser.parseString("{\"id\":1}")
                .getAsJsonObject()), null);
    }

    private void hugeEntriesAndNonFiles() throws Exception {
        String line = "x".repeat(3 * 1024 * 1024);
        refusedUp("a record line of 3 MB", f -> f.entry("records/broadcast.jsonl",
                line.getBytes(StandardCharsets.UTF_8)), null);
        long big = 64L * 1024 * 1024;
        String bigSha = Forger.sha256OfZeros(big);
        JsonObject evidence = Forger.of(up).records("evidence").get(0);
        refusedUp("a 64 MB evidence file on a sibling's broadcast", f -> f.zeros("evidence/" + bigSha, big)
                .add("evidence", newer(evidence.deepCopy(), o -> {
                    o.addProperty("id", UUID.randomUUID().toString());
                    o.addProperty("recordId", siblingAiring.meta().id().toString());
                    o.addProperty("sha256", bigSha);
                    o.addProperty("sizeBytes", big);
                })), "Xã Bình");
        refusedUp("a 64 MB entry listed as 10 bytes", f -> f.zeros("evidence/" + bigSha, big).manifest(
                m -> m.getAsJsonArray("entries").forEach(e -> {
                    if (e.getAsJsonObject().get("name").getAsString().startsWith("evidence/" + bigSha)) {
                        e.getAsJsonObject().addProperty("size", 10);
                    }
                })), null);
        attempt("a folder", Files.createDirectory(temp.resolve("folder.dxo")), district, null);
        attempt("no such file", temp.resolve("missing.dxo"), district, null);
        attempt("an empty file", Files.createFile(temp.resolve("empty.dxo")), district, null);
        attempt("a text file", Files.writeString(temp.resolve("text.dxo"), "xin chào"), district, null);
        Path fifo = temp.resolve("fifo.dxo");
        if (Forger.namedPipe(fifo)) {
            attempt("a named pipe", fifo, district, null);
        }
        if (Files.exists(Path.of("/dev/zero"))) {
            attempt("a device", Path.of("/dev/zero"), district, null);
        }
    }

    /** Packages from the district to its commune may change units and plans, not make a cycle or carry activities. */
    private void fromAbove() throws Exception {
        refusedDown("district under its commune", f -> f.change("unit", newer(json(units.get("H01")),
                o -> o.addProperty("parentId", id("X01")))));
        refusedDown("commune and village each other's parent", f -> f.change("unit", newer(json(units.get("X01")),
                o -> o.addProperty("parentId", id("T0101")))).change("unit", newer(json(units.get("T0101")),
                o -> o.addProperty("parentId", id("X01")))));
        refusedDown("province its own parent", f -> f.change("unit", newer(json(units.get("T01")),
                o -> o.addProperty("parentId", id("T01")))));
        refusedDown("activities from above", f -> f.add("broadcast", newer(json(airing("X01", "2024-10-02")),
                o -> { })));
        refusedDown("evidence from above", f -> f.add("evidence", newer(Forger.of(up).records("evidence").get(0),
                o -> { })));
        refusedDown("plan count that lies", f -> f.manifest(m -> m.getAsJsonObject("counts").addProperty("PLAN", 7)));
        refusedDown("target value 1.5", f -> f.records("target", List.of()).add("target", newer(
                JsonParser.parseString("{\"id\":\"" + UUID.randomUUID() + "\",\"unitId\":\"" + id("H01")
                        + "\",\"createdAt\":1,\"updatedAt\":2,\"deleted\":false,\"planId\":\"" + plan.id()
                        + "\",\"code\":\"1\",\"name\":\"x\",\"kind\":\"BROADCAST\",\"measure\":\"COUNT\","
                        + "\"cadence\":\"MONTH\",\"value\":1.5,\"scope\":\"EACH\",\"scopeLevel\":3,"
                        + "\"newOnly\":false}").getAsJsonObject(), o -> { })));
    }

    private interface Forgery {
        void apply(Forger forger) throws Exception;
    }

    private void refusedUp(String name, Forgery forgery, String named) throws Exception {
        Forger forger = Forger.of(up);
        forgery.apply(forger);
        attempt(name, forger.write(temp.resolve("hostile.dxo")), district, named);
    }

    /** A package in which one unit, known here, is changed as given. */
    private void refusedUnit(String name, String code, Consumer<JsonObject> change, String named) throws Exception {
        refusedUp(name, f -> f.change("unit", newer(json(units.get(code)), change)), named);
    }

    private void refusedDown(String name, Forgery forgery) throws Exception {
        Forger forger = Forger.of(down);
        forgery.apply(forger);
        attempt("down: " + name, forger.write(temp.resolve("hostile.dxo")), commune, null);
    }

    /** One hostile package: refused with a Vietnamese message naming what it should, nothing changed. */
    private void attempt(String name, Path pkg, Store receiver, String named) throws IOException {
        attempts++;
        String before = fingerprint(receiver);
        Path scratch = Files.createTempDirectory(temp, "scratch");
        try {
            new PackageMerger(receiver).preview(pkg, scratch);
            wronglyAccepted++;
            faults.add("accepted: " + name);
        } catch (PackageRefused refused) {
            String message = Messages.vietnamese().get(refused.key(), refused.args());
            if (!message.matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*")
                    || message.contains("exchange.")) {
                faults.add("not Vietnamese for " + name + ": " + message);
            }
            if (named != null && !(message.contains("Xã An") && message.contains(named))) {
                faults.add("does not name the sender and " + named + " for " + name + ": " + message);
            }
        } catch (RuntimeException | Error e) {
            crashes++;
            faults.add("crash on " + name + ": " + e);
        } finally {
            deleteTree(scratch);
        }
        if (!before.equals(fingerprint(receiver)) || !integrityOk(receiver)) {
            lost++;
            faults.add("changed the database on " + name);
        }
    }

    /** Every row of every table, and every evidence file's name and content. */
    private static String fingerprint(Store store) throws IOException {
        MessageDigest digest = sha256();
        store.db().read(c -> {
            List<String> tables = new ArrayList<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    digest.update(table.getBytes(StandardCharsets.UTF_8));
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
            }
            return null;
        });
        Path folder = store.evidence.folder();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted().toList()) {
                    digest.update(folder.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    if (Files.isRegularFile(p)) {
                        digest.update(Files.readAllBytes(p));
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean integrityOk(Store store) {
        return store.db().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() && "ok".equals(rs.getString(1));
            }
        });
    }

    /** The package with its first records entry renamed to the second's name, in both of its headers. */
    private Path duplicateEntry(Path pkg) throws IOException {
        Forger forger = Forger.of(pkg);
        byte[] broadcasts = forger.records("broadcast").toString().getBytes(StandardCharsets.UTF_8);
        forger.entry("records/broadcasX.jsonl", broadcasts);
        Path written = forger.write(temp.resolve("duplicate.dxo"));
        byte[] bytes = Files.readAllBytes(written);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        for (int at = raw.indexOf("records/broadcasX"); at >= 0; at = raw.indexOf("records/broadcasX", at + 1)) {
            bytes[at + "records/broadcas".length()] = 't';
        }
        return Files.write(written, bytes);
    }

    private void unit(String code, String name, int level, String parent) {
        UUID id = UUID.randomUUID();
        units.put(code, district.units.save(new Unit(new RecordMeta(id, id, NOW, NOW, false), code, name, level,
                parent == null ? null : units.get(parent).id(), null, null, List.of())));
    }

    private String id(String code) {
        return units.get(code).id().toString();
    }

    private Broadcast airing(String unit, String day) {
        return new Broadcast(RecordMeta.fresh(units.get(unit).id(), NOW), LocalDate.parse(day), Slot.EVENING,
                "Chuyên mục chuyển đổi số", Production.NEW, 15, "VNeID", "", "");
    }

    private JsonObject unitJson(UUID id, String code, UUID parent) {
        return json(new Unit(new RecordMeta(id, id, NOW, NOW, false), code, "Thôn " + code, 4, parent, null, null,
                List.of()));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content);
    }

    private static JsonObject json(vn.dxoutreach.domain.StoredRecord record) {
        return Forger.json(record);
    }

    /** The record as a newer edit than any here, changed as given. */
    private static JsonObject newer(JsonObject record, Consumer<JsonObject> change) {
        record.addProperty("updatedAt", LATER);
        change.accept(record);
        return record;
    }

    private static JsonArray array(String... values) {
        JsonArray array = new JsonArray();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
