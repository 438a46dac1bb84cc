package vn.dxoutreach.domain;

/**
 * Every record the store keeps and offices exchange: each carries its {@link RecordMeta} (id, owning
 * unit, times, tombstone) and can be copied with another. Layers that handle any record (data
 * packages, the importer, exports, the merger) take this type, not {@code Object}.
 */
public sealed interface StoredRecord
        permits ActivityRecord, Unit, Plan, Target, ReportDeadline, Evidence, Slogan, ChoiceValue, TeamMember {

    RecordMeta meta();

    /** The same record with another meta. */
    StoredRecord withMeta(RecordMeta meta);
}
