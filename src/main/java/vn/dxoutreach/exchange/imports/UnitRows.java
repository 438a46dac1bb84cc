package vn.dxoutreach.exchange.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.exchange.template.Folding;

/**
 * The DonVi sheet: units by their code, parents and merged predecessors by code (in the file or
 * already stored). New and changed units must lie within the office's subtree; a row equal to a
 * stored unit is accepted wherever it is, so that re-importing an export changes nothing.
 */
final class UnitRows {

    private final Problems problems;
    private final List<LevelName> levelNames;
    private final Instant now;
    private final Map<String, Unit> stored = new HashMap<>();

    /** Units by folded code: the stored ones, overlaid by the imported ones. */
    private final Map<String, Unit> byCode = new HashMap<>();
    private final List<Unit> toWrite = new ArrayList<>();
    private SheetCounts counts;

    UnitRows(List<Unit> storedUnits, List<LevelName> levelNames, Problems problems, Instant now) {
        this.problems = problems;
        this.levelNames = levelNames;
        this.now = now;
        for (Unit u : storedUnits) {
            stored.put(key(u.code()), u);
            byCode.put(key(u.code()), u);
        }
    }

    static String key(String code) {
        return Folding.keyPart(code);
    }

    /** A parsed row before its parent and predecessors are resolved. */
    private record Pending(RowValues row, UUID id, String code, String name, Integer level, String parentCode,
            LocalDate validFrom, LocalDate validTo, List<String> predecessorCodes, UnitType type) {
    }

    /** Checks the sheet's rows (null when the import has no DonVi sheet) against the office unit (null: none). */
    void check(SheetRows sheet, Unit office) {
        KeyedMerge<Unit> merge = new KeyedMerge<>(stored, Unit::meta, UnitRows::withMeta, now);
        if (sheet == null) {
            counts = merge.counts("");
            return;
        }
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (RowValues row : sheet.rows(problems)) {
            String code = row.text("code");
            String name = row.text("name");
            Integer level = Levels.parse(row, "level", levelNames);
            String parent = row.text("parent");
            LocalDate from = row.date("validFrom");
            LocalDate to = row.date("validTo");
            List<String> predecessors = splitCodes(row.text("predecessors"));
            // files made before organisations were units have no such column: administrative
            UnitType type = row.choice("type", UnitType.class);
            if (code.isEmpty() || merge.isDuplicate(key(code), row)) {
                continue;
            }
            Unit old = stored.get(key(code));
            if (old != null && clashes(old, name, level)) {
                // an official code is one unit everywhere: another name and level is another unit
                row.problem("code", code, "data.problem.codeClash", old.name(), name);
                continue;
            }
            UUID id = old != null ? old.id() : UUID.randomUUID();
            pending.put(key(code), new Pending(row, id, code, name, level, parent, from, to, predecessors,
                    type == null ? UnitType.ADMINISTRATIVE : type));
            // placeholder so that parents and activities in this import find the unit by code
            byCode.put(key(code), new Unit(new RecordMeta(id, id, now, now, false), code, name,
                    level == null ? 1 : level, null, from, to, List.of(), List.of(), type));
        }
        Map<UUID, Unit> resolved = new LinkedHashMap<>();
        for (Pending p : pending.values()) {
            Unit candidate = resolve(p);
            if (p.row().ok()) {
                resolved.put(p.id(), candidate);
            }
        }
        resolved.values().forEach(u -> byCode.put(key(u.code()), u));
        UnitTree tree = tree();
        for (Pending p : pending.values()) {
            Unit candidate = resolved.get(p.id());
            if (candidate == null || !checkPlace(p.row(), candidate, tree, office)) {
                continue;
            }
            Unit written = merge.offer(key(p.code()), candidate, p.id(), p.id());
            byCode.put(key(p.code()), written);
        }
        toWrite.addAll(parentsFirst(merge.toWrite(), tree));
        counts = merge.counts(sheet.name());
    }

    private Unit resolve(Pending p) {
        UUID parentId = null;
        if (!p.parentCode().isEmpty()) {
            Unit parent = byCode.get(key(p.parentCode()));
            if (parent == null) {
                p.row().problem("parent", p.parentCode(), "data.problem.unknownUnit");
            } else {
                parentId = parent.id();
            }
        }
        List<UUID> predecessors = new ArrayList<>();
        for (String code : p.predecessorCodes()) {
            Unit predecessor = byCode.get(key(code));
            if (predecessor == null || predecessor.id().equals(p.id())) {
                p.row().problem("predecessors", code, "data.problem.unknownUnit");
            } else {
                predecessors.add(predecessor.id());
            }
        }
        if (p.validFrom() != null && p.validTo() != null && p.validTo().isBefore(p.validFrom())) {
            p.row().problem("validTo", p.row().text("validTo"), "data.problem.dateOrder");
        }
        Unit old = stored.get(key(p.code()));
        if (old != null && new HashSet<>(old.predecessors()).equals(new HashSet<>(predecessors))) {
            predecessors = old.predecessors();
        }
        RecordMeta meta = new RecordMeta(p.id(), p.id(), now, now, false);
        // the sheet has no column for moves: a stored unit keeps the parents it had before its last move
        return new Unit(meta, p.code(), p.name(), p.level() == null ? 1 : p.level(), parentId, p.validFrom(),
                p.validTo(), predecessors, old == null ? List.of() : old.formerParents(), p.type());
    }

    /** A row naming a stored code with both another name and another level describes another unit. */
    private static boolean clashes(Unit stored, String name, Integer level) {
        return level != null && level != stored.level() && !name.isEmpty()
                && !Folding.keyPart(name).equals(Folding.keyPart(stored.name()));
    }

    /** The level below the parent, no cycle, and within the office unless unchanged. */
    private boolean checkPlace(RowValues row, Unit unit, UnitTree tree, Unit office) {
        Set<UUID> seen = new HashSet<>();
        for (Unit u = unit; u != null && u.parentId() != null; u = tree.get(u.parentId()).orElse(null)) {
            if (!seen.add(u.id())) {
                row.problem("parent", row.text("parent"), "data.problem.cycle");
                return false;
            }
        }
        Unit parent = unit.parentId() == null ? null : tree.get(unit.parentId()).orElse(null);
        if (parent != null && !parent.administrative()) {
            row.problem("parent", row.text("parent"), "data.problem.organisationParent", parent.name());
            return false;
        }
        if (parent != null && parent.level() >= unit.level()) {
            row.problem("level", row.text("level"), "data.problem.levelBelowParent", parent.level());
            return false;
        }
        Unit old = stored.get(key(unit.code()));
        boolean unchanged = old != null && withMeta(unit, old.meta()).equals(old);
        if (office != null && !unchanged && !tree.isWithin(unit.id(), office.id())) {
            row.problem("code", unit.code(), "data.problem.outsideOffice", office.name());
            return false;
        }
        return true;
    }

    private static List<Unit> parentsFirst(List<Unit> units, UnitTree tree) {
        Map<UUID, Integer> depth = new HashMap<>();
        for (Unit u : units) {
            int d = 0;
            Set<UUID> seen = new HashSet<>();
            for (Unit p = u; p != null && p.parentId() != null && seen.add(p.id()); p = tree.get(p.parentId())
                    .orElse(null)) {
                d++;
            }
            depth.put(u.id(), d);
        }
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(u -> depth.get(u.id())));
        return sorted;
    }

    private static List<String> splitCodes(String cell) {
        List<String> codes = new ArrayList<>();
        for (String part : cell.split("[;,]")) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return codes;
    }

    static Unit withMeta(Unit u, RecordMeta meta) {
        return u.withMeta(meta);
    }

    /** The tree as it will be after the import. */
    UnitTree tree() {
        return new UnitTree(byCode.values());
    }

    /** The unit a code names after the import, or null. */
    Unit byCode(String code) {
        return byCode.get(key(code));
    }

    List<Unit> toWrite() {
        return toWrite;
    }

    SheetCounts counts() {
        return counts;
    }
}
