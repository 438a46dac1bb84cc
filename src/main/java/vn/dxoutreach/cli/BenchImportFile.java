package vn.dxoutreach.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.template.Column;
import vn.dxoutreach.exchange.template.Template;

/**
 * New broadcasts for the benchmark's import: spread over the given units and the year before a
 * day, with titles no stored record has, both as records (for the plain-SQL baseline) and as the
 * PhatThanh.csv a commune would send (for the application's import).
 */
final class BenchImportFile {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<Broadcast> broadcasts = new ArrayList<>();
    private final List<Unit> units;

    BenchImportFile(List<Unit> units, int count, LocalDate until, Instant now) {
        this.units = units;
        Random random = new Random(17);
        for (int i = 0; i < count; i++) {
            Unit unit = units.get(random.nextInt(units.size()));
            broadcasts.add(new Broadcast(RecordMeta.fresh(unit.id(), now), until.minusDays(random.nextInt(365)),
                    Slot.values()[random.nextInt(Slot.values().length)], "BENCH " + i, // NOI18N benchmark data
                    Production.values()[random.nextInt(Production.values().length)], 5 + random.nextInt(6) * 5,
                    "VNeID", "", "")); // NOI18N benchmark data
        }
    }

    List<Broadcast> broadcasts() {
        return broadcasts;
    }

    /** Writes PhatThanh.csv into the folder; returns it. */
    Path write(Path folder) throws IOException {
        Template template = Template.get();
        Path file = folder.resolve(Template.BROADCASTS + ".csv");
        List<String> ids = List.of("date", "unit", "title", "production", "minutes", "slot", "topic");
        List<Column> columns = template.sheet(Template.BROADCASTS).columns();
        java.util.Map<java.util.UUID, String> codes = new java.util.HashMap<>();
        units.forEach(u -> codes.put(u.id(), u.code()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", ids.stream().map(id -> columns.stream().filter(c -> c.id().equals(id))
                    .findFirst().orElseThrow().header()).toList()));
            out.write('\n');
            for (Broadcast b : broadcasts) {
                out.write(String.join(",", DAY.format(b.airedOn()), codes.get(b.meta().unitId()), b.programTitle(),
                        template.label(b.production()), Integer.toString(b.minutes()), template.label(b.slot()),
                        b.topic()));
                out.write('\n');
            }
        }
        return file;
    }
}
