package vn.dxoutreach.domain;

import java.time.LocalDate;

/**
 * A dated outreach activity of a unit, of one of the {@link ActivityKind}s a plan's targets count.
 * The kinds are told apart by {@link #activityKind()}, whose switches the compiler checks for
 * completeness: adding a kind is one record here and one constant there.
 */
public sealed interface ActivityRecord extends StoredRecord
        permits Broadcast, Banner, TeamSession, NewsItem, OutreachEvent, Material {

    ActivityKind activityKind();

    /** The day the activity counts on (an event: its first day). */
    LocalDate day();

    /** Who entered the record; blank when not known. */
    String recordedBy();

    @Override
    ActivityRecord withMeta(RecordMeta meta);

    ActivityRecord withRecordedBy(String name);
}
