package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Banners, slogans, panels or screens put up by a unit; {@code removedOn} is null while they hang;
 * {@code recordedBy} names who entered the record (blank when not known).
 */
public record Banner(
        RecordMeta meta,
        LocalDate hungOn,
        LocalDate removedOn,
        BannerKind kind,
        String slogan,
        int quantity,
        String location,
        String note,
        String recordedBy) implements ActivityRecord {

    public Banner {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(hungOn, "hungOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slogan, "slogan");
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    /** A record whose recorder is not known. */
    public Banner(RecordMeta meta, LocalDate hungOn, LocalDate removedOn, BannerKind kind, String slogan, int quantity,
            String location, String note) {
        this(meta, hungOn, removedOn, kind, slogan, quantity, location, note, "");
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.BANNER;
    }

    @Override
    public LocalDate day() {
        return hungOn;
    }

    @Override
    public Banner withMeta(RecordMeta newMeta) {
        return new Banner(newMeta, hungOn, removedOn, kind, slogan, quantity, location, note, recordedBy);
    }

    @Override
    public Banner withRecordedBy(String name) {
        return new Banner(meta, hungOn, removedOn, kind, slogan, quantity, location, note, name);
    }
}
