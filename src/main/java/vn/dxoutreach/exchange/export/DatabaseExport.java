package vn.dxoutreach.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.template.Template;
import vn.dxoutreach.exchange.template.TemplateWorkbook;
import vn.dxoutreach.store.Store;

/**
 * The whole database as one workbook in the template's format, with the export-only columns, so
 * that exporting and importing into an empty office reproduces it. Activity rows are read through
 * a cursor and written through a streaming workbook, so years of a province's data fit in a small heap.
 */
public final class DatabaseExport {

    private final Store store;
    private final Template template = Template.get();

    public DatabaseExport(Store store) {
        this.store = store;
    }

    /** Writes the workbook; says which sheets went on in others and which texts were cut to fit. */
    public ExportResult write(Path file) throws IOException {
        Map<UUID, Unit> units = store.units.listLive().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<UUID, Plan> plans = store.plans.listLive().stream().collect(Collectors.toMap(Plan::id, p -> p));
        Function<UUID, String> code = id -> id == null || !units.containsKey(id) ? "" : units.get(id).code();
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".tmp");
        List<SheetFiller> fillers = new ArrayList<>();
        try (XSSFWorkbook base = TemplateWorkbook.create(true); SXSSFWorkbook workbook = new SXSSFWorkbook(base, 500)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sink sink = (sheetName, source) -> {
                SheetFiller filler = new SheetFiller(workbook, template.sheet(sheetName), dates);
                fillers.add(filler);
                source.accept(filler::add);
            };
            sink.fill(Template.UNITS, rows(units.values().stream().sorted((a, b) -> a.level() - b.level()).toList(),
                    u -> Map.of("code", u.code(), "name", u.name(), "level", u.level(), "parent", code.apply(u.parentId()),
                            "validFrom", orBlank(u.validFrom()), "validTo", orBlank(u.validTo()),
                            "predecessors", u.predecessors().stream().map(code).collect(Collectors.joining("; ")),
                            "type", template.label(u.type()))));
            sink.fill(Template.PLANS, rows(List.copyOf(plans.values()), p -> Map.of("symbol", p.symbol(),
                    "title", p.title(), "issuingBody", p.issuingBody(), "issuedOn", orBlank(p.issuedOn()),
                    "from", p.periodFrom(), "to", p.periodTo())));
            sink.fill(Template.TARGETS, rows(store.targets.listLive().stream().filter(t -> plans.containsKey(t.planId()))
                    .toList(), t -> {
                        Map<String, Object> row = new java.util.HashMap<>();
                        row.put("code", t.code());
                        row.put("plan", plans.get(t.planId()).symbol());
                        row.put("name", t.name());
                        row.put("kind", template.label(t.kind()));
                        row.put("measure", template.label(t.measure()));
                        row.put("cadence", template.label(t.cadence()));
                        row.put("value", t.value());
                        row.put("scope", template.label(t.scope()));
                        row.put("scopeLevel", t.scopeLevel() == null ? "" : t.scopeLevel());
                        row.put("from", orBlank(t.windowFrom()));
                        row.put("to", orBlank(t.windowTo()));
                        row.put("newOnly", template.yesNo(t.filter().newProductionOnly()));
                        row.put("unitLevel", t.filter().unitLevel() == null ? "" : t.filter().unitLevel());
                        row.put("topic", orBlank(t.filter().topic()));
                        row.put("bannerKind", t.filter().bannerKind() == null ? "" : template.label(t.filter().bannerKind()));
                        row.put("sessionTopic", orBlank(t.filter().sessionTopic()));
                        row.put("choice", orBlank(t.filter().choice()));
                        row.put("repeatsYearly", template.yesNo(t.repeatsYearly()));
                        row.put("scopeUnitType", t.scopeUnitType() == null ? "" : template.label(t.scopeUnitType()));
                        row.put("minShare", orBlank(t.minSharePercent()));
                        return row;
                    }));
            sink.fill(Template.DEADLINES, rows(store.deadlines.listLive().stream()
                    .filter(d -> plans.containsKey(d.planId())).toList(), d -> Map.of(
                            "plan", plans.get(d.planId()).symbol(), "type", template.label(d.type()),
                            "name", d.name(), "from", d.periodFrom(), "to", d.periodTo(), "due", d.due(),
                            "sentOn", orBlank(d.submittedOn()))));
            // the activity tables are read through a cursor: a province's million rows never sit in memory
            sink.fill(Template.BROADCASTS, add -> store.broadcasts.forEachLive(b -> add.accept(Map.of(
                    "date", b.airedOn(), "unit", code.apply(b.meta().unitId()), "title", b.programTitle(),
                    "production", template.label(b.production()), "minutes", b.minutes(), "slot", template.label(b.slot()),
                    "topic", orBlank(b.topic()), "note", orBlank(b.note()), "recorder", b.recordedBy()))));
            sink.fill(Template.BANNERS, add -> store.banners.forEachLive(b -> add.accept(Map.of("hungOn", b.hungOn(),
                    "removedOn", orBlank(b.removedOn()), "unit", code.apply(b.meta().unitId()),
                    "kind", template.label(b.kind()), "slogan", b.slogan(), "quantity", b.quantity(),
                    "location", orBlank(b.location()), "note", orBlank(b.note()), "recorder", b.recordedBy()))));
            sink.fill(Template.SESSIONS, add -> store.sessions.forEachLive(s -> add.accept(Map.of("date", s.heldOn(),
                    "unit", code.apply(s.meta().unitId()), "topic", s.supportTopic(), "people", s.peopleHelped(),
                    "apps", s.appsInstalled(), "location", orBlank(s.location()), "note", orBlank(s.note()),
                    "recorder", s.recordedBy()))));
            sink.fill(Template.NEWS, add -> store.news.forEachLive(n -> add.accept(Map.of("date", n.publishedOn(),
                    "unit", code.apply(n.meta().unitId()), "title", n.title(), "channel", n.channel(),
                    "link", n.link(), "views", orBlank(n.views()), "topic", n.topic(), "note", n.note(),
                    "recorder", n.recordedBy()))));
            sink.fill(Template.EVENTS, add -> store.events.forEachLive(e -> add.accept(Map.of("from", e.startsOn(),
                    "to", e.endsOn(), "unit", code.apply(e.meta().unitId()), "name", e.name(), "type", e.type(),
                    "organiser", e.organiser(), "participants", e.participants(), "location", e.location(),
                    "note", e.note(), "recorder", e.recordedBy()))));
            sink.fill(Template.MATERIALS, add -> store.materials.forEachLive(m -> add.accept(Map.of("date", m.madeOn(),
                    "unit", code.apply(m.meta().unitId()), "type", m.type(), "title", m.title(),
                    "quantity", m.quantity(), "note", m.note(), "recorder", m.recordedBy()))));
            sink.fill(Template.MEMBERS, rows(store.members.listLive(), m -> Map.of("unit", code.apply(m.meta().unitId()),
                    "name", m.name(), "role", m.role(), "phone", m.phone(), "joinedOn", m.joinedOn(),
                    "leftOn", orBlank(m.leftOn()))));
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            workbook.dispose();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new ExportResult(fillers.stream().flatMap(f -> f.continuations().stream()).toList(),
                fillers.stream().mapToLong(SheetFiller::cutCells).sum(),
                fillers.stream().flatMap(f -> f.cutPlaces().stream()).limit(ExportResult.PLACES_SHOWN).toList());
    }

    /** Where a sheet's rows come from: it hands each row's values to the consumer given. */
    private interface Rows extends Consumer<Consumer<Map<String, Object>>> {
    }

    private interface Sink {
        void fill(String sheetName, Rows source);
    }

    private static <T> Rows rows(List<T> records, Function<T, Map<String, Object>> values) {
        return add -> records.forEach(r -> add.accept(values.apply(r)));
    }

    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }
}
