package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One session of a community digital-technology team helping citizens (Tổ công nghệ số cộng đồng);
 * {@code recordedBy} names who entered it (blank when not known).
 */
public record TeamSession(
        RecordMeta meta,
        LocalDate heldOn,
        String supportTopic,
        int peopleHelped,
        int appsInstalled,
        String location,
        String note,
        String recordedBy) implements ActivityRecord {

    public TeamSession {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(supportTopic, "supportTopic");
        recordedBy = recordedBy == null ? "" : recordedBy;
    }

    /** A record whose recorder is not known. */
    public TeamSession(RecordMeta meta, LocalDate heldOn, String supportTopic, int peopleHelped, int appsInstalled,
            String location, String note) {
        this(meta, heldOn, supportTopic, peopleHelped, appsInstalled, location, note, "");
    }

    @Override
    public ActivityKind activityKind() {
        return ActivityKind.TEAM_SESSION;
    }

    @Override
    public LocalDate day() {
        return heldOn;
    }

    @Override
    public TeamSession withMeta(RecordMeta newMeta) {
        return new TeamSession(newMeta, heldOn, supportTopic, peopleHelped, appsInstalled, location, note, recordedBy);
    }

    @Override
    public TeamSession withRecordedBy(String name) {
        return new TeamSession(meta, heldOn, supportTopic, peopleHelped, appsInstalled, location, note, name);
    }
}
