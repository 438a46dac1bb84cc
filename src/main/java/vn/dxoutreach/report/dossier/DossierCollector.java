package vn.dxoutreach.report.dossier;

import vn.dxoutreach.domain.ActivityRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitTree;
import vn.dxoutreach.progress.ActivityRef;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;

/**
 * Gathers a dossier's content: the progress engine decides which records count for each target and
 * unit (kind, filters, scope, level — the same records as the numbers), the store gives who entered
 * them and their evidence, and each photo's EXIF is read now.
 */
public final class DossierCollector {

    private final Store store;
    private final ProgressEngine engine;

    public DossierCollector(Store store, ProgressEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    public DossierContent collect(Plan plan, LocalDate from, LocalDate to, DossierProgress progress) {
        Unit office = new Office(store).unit().orElseThrow();
        LocalDate today = LocalDate.now(store.clock());
        LocalDate asOf = to.isBefore(today) ? to.plusDays(1) : today;
        UnitTree tree = store.units.tree();
        // a window repeating every year is each year's window: the 2024 dossier shows the 2024 campaign
        List<Target> targets = store.targets.ofPlan(plan.id()).stream().flatMap(t -> t.yearly(plan).stream())
                .filter(t -> !t.effectiveTo(plan).isBefore(from) && !t.effectiveFrom(plan).isAfter(to)).toList();
        List<List<Unit>> scoped = targets.stream().map(t -> engine.evaluate(t, plan, asOf).units().stream()
                .map(UnitProgress::unit).toList()).toList();
        int total = scoped.stream().mapToInt(List::size).sum();
        int done = 0;
        List<DossierContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            LocalDate a = later(from, target.effectiveFrom(plan));
            LocalDate b = earlier(to, target.effectiveTo(plan));
            List<DossierContent.UnitPart> parts = new ArrayList<>();
            for (Unit unit : scoped.get(i)) {
                parts.add(new DossierContent.UnitPart(unit, entries(engine.activities(target, plan, unit, a, b), tree)));
                progress.update(DossierProgress.Stage.COLLECT, ++done, total);
            }
            sections.add(new DossierContent.Section(target, a, b, parts));
        }
        Letterhead letterhead = Letterhead.of(store.settings.officeProfile(), office, today);
        return new DossierContent(plan, from, to, letterhead, sections);
    }

    private List<DossierContent.Entry> entries(List<ActivityRef> refs, UnitTree tree) {
        Map<UUID, List<Evidence>> evidence = store.evidence.ofRecords(refs.stream().map(ActivityRef::id).toList());
        List<DossierContent.Entry> entries = new ArrayList<>();
        for (ActivityRef ref : refs) {
            List<Evidence> files = evidence.getOrDefault(ref.id(), List.of());
            Map<Boolean, List<Evidence>> split = files.stream().collect(Collectors.partitioningBy(Evidence::isPhoto));
            List<DossierContent.Photo> photos = split.get(true).stream().map(e -> {
                var path = store.evidence.pathOf(e.sha256());
                return new DossierContent.Photo(e, path, PhotoMetadata.read(path));
            }).toList();
            String unitName = tree.get(ref.unitId()).map(Unit::name).orElse("");
            entries.add(new DossierContent.Entry(ref.kind(), ref.date(), unitName, ref.title(), recordedBy(ref),
                    photos, split.get(false)));
        }
        return entries;
    }

    private String recordedBy(ActivityRef ref) {
        return store.activities(ref.kind()).find(ref.id()).map(ActivityRecord::recordedBy).orElse("");
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
