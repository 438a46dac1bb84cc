package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Printed materials handed out or messages sent by a unit (tài liệu – tin nhắn): leaflets, handbooks,
 * posters, SMS or Zalo messages; {@code quantity} is the number of copies or messages.
 */
public record Material(
        RecordMeta meta,
        LocalDate madeOn,
        String type,
        String title,
        int quantity,
        String note,
        String recordedBy) implements ActivityRecord {

    public Material {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(madeOn, "madeOn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        note = note == null ? "" : note;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.MATERIAL;
    }

    @Override
    public LocalDate day() {
        return madeOn;
    }

    @Override
    public Material withMeta(RecordMeta newMeta) {
        return new Material(newMeta, madeOn, type, title, quantity, note, recordedBy);
    }

    @Override
    public Material withRecordedBy(String name) {
        return new Material(meta, madeOn, type, title, quantity, note, name);
    }
}
