package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One airing (lượt phát) of a program on a unit's loudspeaker station; {@code recordedBy} names who
 * entered it (blank when not known, as for records made before it was asked).
 */
public record Broadcast(
        RecordMeta meta,
        LocalDate airedOn,
        Slot slot,
        String programTitle,
        Production production,
        int minutes,
        String topic,
        String note,
        String recordedBy) implements ActivityRecord {

    public Broadcast {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(airedOn, "airedOn");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(programTitle, "programTitle");
        Objects.requireNonNull(production, "production");
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    /** A record whose recorder is not known. */
    public Broadcast(RecordMeta meta, LocalDate airedOn, Slot slot, String programTitle, Production production,
            int minutes, String topic, String note) {
        this(meta, airedOn, slot, programTitle, production, minutes, topic, note, "");
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.BROADCAST;
    }

    @Override
    public LocalDate day() {
        return airedOn;
    }

    @Override
    public Broadcast withMeta(RecordMeta newMeta) {
        return new Broadcast(newMeta, airedOn, slot, programTitle, production, minutes, topic, note, recordedBy);
    }

    @Override
    public Broadcast withRecordedBy(String name) {
        return new Broadcast(meta, airedOn, slot, programTitle, production, minutes, topic, note, name);
    }
}
