package vn.dxoutreach.report.dossier;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** The words of a dossier: captions, places, sizes, hashes, what a record's evidence amounts to. */
public final class DossierText {

    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final int HASH_GROUP = 8;

    private final Messages messages;

    public DossierText(Messages messages) {
        this.messages = messages;
    }

    /** "Phát thanh: Chuyên mục chuyển đổi số". */
    public String activity(DossierContent.Entry entry) {
        return messages.get("dossier.activity", messages.label(entry.kind()), entry.title());
    }

    public String recordedBy(DossierContent.Entry entry) {
        return entry.recordedBy().isBlank() ? messages.get("dossier.recordedBy.unknown") : entry.recordedBy();
    }

    /** "21,0285° B, 105,8542° Đ": four decimals, about ten metres. */
    public String place(double latitude, double longitude) {
        return messages.get("dossier.place", Formats.decimal(Math.abs(latitude), 4),
                messages.get(latitude >= 0 ? "dossier.place.north" : "dossier.place.south"),
                Formats.decimal(Math.abs(longitude), 4),
                messages.get(longitude >= 0 ? "dossier.place.east" : "dossier.place.west"));
    }

    /** The lines under a photo after its number and activity: date and unit, who, when and where it was taken. */
    public List<String> caption(DossierContent.Entry entry, DossierContent.Photo photo) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("dossier.caption.record", Formats.date(entry.date()), entry.unitName()));
        lines.add(messages.get("dossier.caption.recordedBy", recordedBy(entry)));
        lines.add(taken(photo.metadata()));
        lines.add(messages.get("dossier.caption.file", photo.evidence().fileName()));
        return lines;
    }

    /** "Ngày chụp: 05/10/2026 08:30, tại 21,0285° B, 105,8542° Đ", or "Không có ngày chụp". */
    public String taken(PhotoMetadata exif) {
        String taken = exif.takenAt() == null ? messages.get("dossier.caption.noDate")
                : messages.get("dossier.caption.taken", TAKEN.format(exif.takenAt()));
        return exif.hasPlace() ? messages.get("dossier.caption.takenAt", taken, place(exif.latitude(),
                exif.longitude())) : taken;
    }

    /** The warning under a photo taken far from its record's date; empty when it is not. */
    public String flag(DossierContent.Entry entry, DossierContent.Photo photo) {
        return photo.metadata().farFrom(entry.date())
                ? messages.get("dossier.caption.far", photo.metadata().daysFrom(entry.date())) : "";
    }

    /** What a record's evidence amounts to: "2 ảnh, 1 tệp", or "chưa có minh chứng". */
    public String evidence(DossierContent.Entry entry) {
        if (!entry.hasEvidence()) {
            return messages.get("dossier.evidence.none");
        }
        List<String> parts = new ArrayList<>();
        if (!entry.photos().isEmpty()) {
            parts.add(messages.get("dossier.evidence.photos", entry.photos().size()));
        }
        if (!entry.files().isEmpty()) {
            parts.add(messages.get("dossier.evidence.files", entry.files().size()));
        }
        return String.join(", ", parts);
    }

    public String size(long bytes) {
        if (bytes >= 1024L * 1024) {
            return messages.get("dossier.size.mb", Formats.decimal(bytes / (1024.0 * 1024), 1));
        }
        return messages.get("dossier.size.kb", Formats.decimal(Math.max(0.1, bytes / 1024.0), 1));
    }

    /** The SHA-256 in groups of eight, so that it wraps in a narrow column and can be read aloud. */
    public static String hash(Evidence evidence) {
        String sha = evidence.sha256();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sha.length(); i += HASH_GROUP) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(sha, i, Math.min(sha.length(), i + HASH_GROUP));
        }
        return out.toString();
    }
}
