package vn.dxoutreach.exchange.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.SheetSpec;
import vn.dxoutreach.exchange.template.Template;
import vn.dxoutreach.exchange.template.TemplateWorkbook;
import vn.dxoutreach.store.Store;

/**
 * The whole database as one workbook in the template's format, with the export-only columns, so
 * that exporting and importing into an empty office reproduces it. Rows are streamed, so years of
 * data fit in little memory.
 */
public final class DatabaseExport {

    private final Store store;
    private final Template template = Template.get();

    public DatabaseExport(Store store) {
        this.store = store;
    }

    public void write(Path file) throws IOException {
        Map<UUID, Unit> units = store.units.listLive().stream().collect(Collectors.toMap(Unit::id, u -> u));
        Map<UUID, Plan> plans = store.plans.listLive().stream().collect(Collectors.toMap(Plan::id, p -> p));
        Function<UUID, String> code = id -> id == null || !units.containsKey(id) ? "" : units.get(id).code();
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".tmp");
        try (XSSFWorkbook base = TemplateWorkbook.create(true); SXSSFWorkbook workbook = new SXSSFWorkbook(base, 500)) {
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            fill(workbook, Template.UNITS, units.values().stream().sorted((a, b) -> a.level() - b.level()).toList(),
                    u -> Map.of("code", u.code(), "name", u.name(), "level", u.level(), "parent", code.apply(u.parentId()),
                            "validFrom", orBlank(u.validFrom()), "validTo", orBlank(u.validTo()),
                            "predecessors", u.predecessors().stream().map(code).collect(Collectors.joining("; "))), dates);
            fill(workbook, Template.PLANS, List.copyOf(plans.values()), p -> Map.of("symbol", p.symbol(),
                    "title", p.title(), "issuingBody", p.issuingBody(), "issuedOn", orBlank(p.issuedOn()),
                    "from", p.periodFrom(), "to", p.periodTo()), dates);
            fill(workbook, Template.TARGETS, store.targets.listLive().stream().filter(t -> plans.containsKey(t.planId()))
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
                        row.put("repeatsYearly", template.yesNo(t.repeatsYearly()));
                        return row;
                    }, dates);
            fill(workbook, Template.DEADLINES, store.deadlines.listLive().stream()
                    .filter(d -> plans.containsKey(d.planId())).toList(), d -> Map.of(
                            "plan", plans.get(d.planId()).symbol(), "type", template.label(d.type()),
                            "name", d.name(), "from", d.periodFrom(), "to", d.periodTo(), "due", d.due(),
                            "sentOn", orBlank(d.submittedOn())), dates);
            fill(workbook, Template.BROADCASTS, store.broadcasts.listLive(), b -> Map.of("date", b.airedOn(),
                    "unit", code.apply(b.meta().unitId()), "title", b.programTitle(),
                    "production", template.label(b.production()), "minutes", b.minutes(), "slot", template.label(b.slot()),
                    "topic", orBlank(b.topic()), "note", orBlank(b.note()), "recorder", b.recordedBy()), dates);
            fill(workbook, Template.BANNERS, store.banners.listLive(), b -> Map.of("hungOn", b.hungOn(),
                    "removedOn", orBlank(b.removedOn()), "unit", code.apply(b.meta().unitId()),
                    "kind", template.label(b.kind()), "slogan", b.slogan(), "quantity", b.quantity(),
                    "location", orBlank(b.location()), "note", orBlank(b.note()), "recorder", b.recordedBy()), dates);
            fill(workbook, Template.SESSIONS, store.sessions.listLive(), s -> Map.of("date", s.heldOn(),
                    "unit", code.apply(s.meta().unitId()), "topic", s.supportTopic(), "people", s.peopleHelped(),
                    "apps", s.appsInstalled(), "location", orBlank(s.location()), "note", orBlank(s.note()),
                    "recorder", s.recordedBy()), dates);
            try (OutputStream out = Files.newOutputStream(temp)) {
                workbook.write(out);
            }
            workbook.dispose();
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private <T> void fill(SXSSFWorkbook workbook, String sheetName, List<T> records,
            Function<T, Map<String, Object>> values, CellStyle dates) {
        SheetSpec spec = template.sheet(sheetName);
        Sheet sheet = workbook.getSheet(sheetName);
        List<Column> columns = new ArrayList<>(spec.columns());
        int rowNumber = 1;
        for (T record : records) {
            Map<String, Object> row = values.apply(record);
            Row out = sheet.createRow(rowNumber++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = row.getOrDefault(columns.get(i).id(), "");
                Cell cell = out.createCell(i);
                if (value instanceof LocalDate day) {
                    cell.setCellValue(day);
                    cell.setCellStyle(dates);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }

    private static Object orBlank(Object value) {
        return value == null ? "" : value;
    }
}
