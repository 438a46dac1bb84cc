package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event (sự kiện) held by a unit: a conference, seminar, exhibition, training, contest, a Digital
 * Sunday or an extracurricular session. It counts in the bucket of its first day.
 */
public record OutreachEvent(
        RecordMeta meta,
        LocalDate startsOn,
        LocalDate endsOn,
        String name,
        String type,
        String organiser,
        int participants,
        String location,
        String note,
        String recordedBy) implements ActivityRecord {

    public OutreachEvent {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        endsOn = endsOn == null ? startsOn : endsOn;
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("An event ends before it starts: " + startsOn + " > " + endsOn);
        }
        organiser = organiser == null ? "" : organiser;
        location = location == null ? "" : location;
        note = note == null ? "" : note;
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.EVENT;
    }

    @Override
    public LocalDate day() {
        return startsOn;
    }

    @Override
    public OutreachEvent withMeta(RecordMeta newMeta) {
        return new OutreachEvent(newMeta, startsOn, endsOn, name, type, organiser, participants, location, note,
                recordedBy);
    }

    @Override
    public OutreachEvent withRecordedBy(String by) {
        return new OutreachEvent(meta, startsOn, endsOn, name, type, organiser, participants, location, note, by);
    }
}
