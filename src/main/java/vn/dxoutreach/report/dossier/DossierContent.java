package vn.dxoutreach.report.dossier;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.report.Letterhead;

/**
 * What an evidence dossier holds: for each target of the plan whose window meets the period, each
 * scoped unit with the records of the period that count for the target, and their evidence.
 */
public record DossierContent(Plan plan, LocalDate from, LocalDate to, Letterhead letterhead, List<Section> sections) {

    /** A target and its units, over the part of the period inside the target's window. */
    public record Section(Target target, LocalDate from, LocalDate to, List<UnitPart> units) {
    }

    /** A scoped unit and the records counted for it (its own, its villages', its predecessors'). */
    public record UnitPart(Unit unit, List<Entry> records) {

        public long photoCount() {
            return records.stream().mapToLong(r -> r.photos().size()).sum();
        }
    }

    /**
     * One record: its kind and date, the unit that recorded it, what it was, who entered it, its
     * photos (with what their EXIF says) and its other files.
     */
    public record Entry(ActivityKind kind, LocalDate date, String unitName, String title, String recordedBy,
            List<Photo> photos, List<Evidence> files) {

        public boolean hasEvidence() {
            return !photos.isEmpty() || !files.isEmpty();
        }
    }

    /** A photo's record and stored file, and its EXIF read when the dossier was built. */
    public record Photo(Evidence evidence, Path file, PhotoMetadata metadata) {
    }

    public long recordCount() {
        return sections.stream().flatMap(s -> s.units().stream()).mapToLong(u -> u.records().size()).sum();
    }

    public long photoCount() {
        return sections.stream().flatMap(s -> s.units().stream()).mapToLong(UnitPart::photoCount).sum();
    }

    public long fileCount() {
        return entries().mapToLong(e -> e.files().size()).sum();
    }

    public long withoutEvidence() {
        return entries().filter(e -> !e.hasEvidence()).count();
    }

    /** Photos whose EXIF date is far from their record's date. */
    public long flaggedPhotos() {
        return entries().mapToLong(e -> e.photos().stream().filter(p -> p.metadata().farFrom(e.date())).count()).sum();
    }

    private java.util.stream.Stream<Entry> entries() {
        return sections.stream().flatMap(s -> s.units().stream()).flatMap(u -> u.records().stream());
    }
}
