package vn.dxoutreach.exchange.imports;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.ActivityRecord;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.read.RawSheet;
import vn.dxoutreach.exchange.read.SpreadsheetFiles;
import vn.dxoutreach.exchange.read.UnreadableFileException;
import vn.dxoutreach.exchange.template.SheetSpec;
import vn.dxoutreach.exchange.template.Template;
import vn.dxoutreach.store.ActivityRepository;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * Imports template workbooks and CSV files all or nothing: {@link #check} reads every file and
 * checks every row, collecting every problem, without writing; {@link #write} then stores a
 * problem-free preview in one transaction, units and plans before the records that name them.
 */
public final class Importer {

    private final Store store;
    private final Messages messages;

    public Importer(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Reads and checks the files; writes nothing. */
    public ImportPreview check(List<Path> files, Progress progress) {
        Problems problems = new Problems(messages, java.time.LocalDate.now(store.clock()));
        // the sheets as read are held only by the rows matched to the template, which let go of each
        // row once it is checked
        Map<String, SheetRows> sheets = match(read(files, problems, progress), files.size() > 1, problems);
        return check(sheets, problems, progress);
    }

    private static List<RawSheet> read(List<Path> files, Problems problems, Progress progress) {
        List<RawSheet> raw = new ArrayList<>();
        for (Path file : files) {
            progress.checkCancelled();
            try {
                raw.addAll(SpreadsheetFiles.read(file, progress));
            } catch (UnreadableFileException e) {
                problems.add(file.getFileName().toString(), 0, "", "", e.key(), e.args());
            }
        }
        return raw;
    }

    /** Writes a checked preview in one transaction; returns it. */
    public ImportPreview write(ImportPreview preview) {
        if (preview.hasProblems()) {
            throw new IllegalArgumentException("an import with problems writes nothing");
        }
        store.db().write(c -> {
            store.units.putAll(preview.units());
            store.plans.putAll(preview.plans());
            store.targets.putAll(preview.targets());
            store.deadlines.putAll(preview.deadlines());
            preview.activities().forEach((kind, records) -> putAll(store.activities(kind), records));
            store.members.putAll(preview.members());
            return null;
        });
        return preview;
    }

    @SuppressWarnings("unchecked")
    private static <T extends ActivityRecord> void putAll(ActivityRepository<T> repository,
            List<ActivityRecord> records) {
        repository.putAll((List<T>) records);
    }

    /** Checks the files and, when nothing is wrong, writes them. */
    public ImportPreview importFiles(List<Path> files, Progress progress) {
        ImportPreview preview = check(files, progress);
        return preview.hasProblems() ? preview : write(preview);
    }

    /** Matches each read sheet to its template sheet; several files may bring the same sheet. */
    private Map<String, SheetRows> match(List<RawSheet> raw, boolean severalFiles, Problems problems) {
        Map<String, List<RawSheet>> bySpec = new java.util.LinkedHashMap<>();
        for (RawSheet sheet : raw) {
            Template.get().sheetNamed(sheet.name())
                    .ifPresent(spec -> bySpec.computeIfAbsent(spec.name(), k -> new ArrayList<>()).add(sheet));
        }
        Map<String, SheetRows> result = new java.util.HashMap<>();
        for (SheetSpec spec : Template.get().sheets()) {
            List<RawSheet> found = bySpec.getOrDefault(spec.name(), List.of());
            List<SheetRows.Matched> matched = new ArrayList<>();
            for (RawSheet sheet : found) {
                String shown = severalFiles ? messages.get("data.problem.sheetInFile", sheet.name(), sheet.source())
                        : sheet.name();
                SheetRows.Matched part = SheetRows.match(spec, new RawSheet(shown, sheet.source(), sheet.headers(),
                        sheet.rows()), problems);
                if (part != null) {
                    matched.add(part);
                }
            }
            if (!matched.isEmpty()) {
                result.put(spec.name(), new SheetRows(spec, matched));
            }
        }
        return result;
    }

    private ImportPreview check(Map<String, SheetRows> sheets, Problems problems, Progress progress) {
        Instant now = store.clock().instant();
        Unit office = new Office(store).unit().orElse(null);
        var levelNames = store.levels.list();
        long total = sheets.values().stream().mapToLong(SheetRows::size).sum();
        long[] done = {0};
        ActivityRows.Progress perRow = () -> {
            if (++done[0] % 1000 == 0) {
                progress.checkCancelled();
                progress.update(done[0], total);
            }
        };

        UnitRows units = new UnitRows(store.units.listLive(), levelNames, problems, now);
        units.check(sheets.get(Template.UNITS), office);
        UUID holder = office != null ? office.id() : units.tree().roots().stream().findFirst().map(Unit::id)
                .orElse(null);
        SheetRows planSheet = sheets.get(Template.PLANS);
        if (holder == null && planSheet != null && planSheet.size() > 0) {
            problems.add(planSheet.name(), 0, "", "", "data.problem.noUnitForPlan");
        }
        ChoiceLookup choices = new ChoiceLookup(store.choices::values);
        PlanRows plans = new PlanRows(store.plans.listLive(), store.targets.listLive(), levelNames, choices, problems,
                now);
        plans.checkPlans(planSheet, holder);
        plans.checkTargets(sheets.get(Template.TARGETS));
        DeadlineRows deadlines = new DeadlineRows(store.deadlines.listLive(), plans::plan, problems, now);
        deadlines.check(sheets.get(Template.DEADLINES));

        ActivityRows activityRows = new ActivityRows(units, office, problems, choices, now);
        Map<ActivitySheet<?>, KeyedMerge<? extends ActivityRecord>> activities = new LinkedHashMap<>();
        for (ActivitySheet<?> definition : ActivitySheet.ALL) {
            SheetRows sheet = sheets.get(definition.sheet());
            if (sheet != null) {
                activities.put(definition, check(activityRows, definition, sheet, perRow));
            }
        }
        SheetRows m = sheets.get(Template.MEMBERS);
        TeamMemberRows members = new TeamMemberRows(m == null ? List.of() : store.members.listLive(), problems, now);
        members.check(m, activityRows);
        progress.update(total, total);

        List<SheetCounts> counts = new ArrayList<>();
        if (sheets.containsKey(Template.UNITS)) {
            counts.add(units.counts());
        }
        if (planSheet != null) {
            counts.add(plans.planCounts(planSheet.name()));
        }
        if (sheets.containsKey(Template.TARGETS)) {
            counts.add(plans.targetCounts(sheets.get(Template.TARGETS).name()));
        }
        if (sheets.containsKey(Template.DEADLINES)) {
            counts.add(deadlines.counts(sheets.get(Template.DEADLINES).name()));
        }
        Map<ActivityKind, List<ActivityRecord>> toWrite = new EnumMap<>(ActivityKind.class);
        activities.forEach((definition, merge) -> {
            counts.add(merge.counts(sheets.get(definition.sheet()).name()));
            toWrite.put(definition.kind(), List.copyOf(merge.toWrite()));
        });
        if (m != null) {
            counts.add(members.counts(m.name()));
        }
        if (sheets.isEmpty() && problems.isEmpty()) {
            problems.add("", 0, "", "", "data.problem.nothingToImport");
        }
        return new ImportPreview(problems.list(), counts, units.toWrite(), plans.plansToWrite(),
                plans.targetsToWrite(), deadlines.toWrite(), toWrite, members.toWrite());
    }

    @SuppressWarnings("unchecked")
    private <T extends ActivityRecord> KeyedMerge<T> check(ActivityRows rows, ActivitySheet<T> definition,
            SheetRows sheet, ActivityRows.Progress perRow) {
        ActivityRepository<T> repository = (ActivityRepository<T>) store.activities(definition.kind());
        return rows.rows(definition, sheet, repository::forEachLiveOn, perRow);
    }
}
