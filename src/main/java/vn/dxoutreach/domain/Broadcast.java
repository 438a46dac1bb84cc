package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One airing (lượt phát) of a program on a unit's loudspeaker station. */
public record Broadcast(
        RecordMeta meta,
        LocalDate airedOn,
        Slot slot,
        String programTitle,
        Production production,
        int minutes,
        String topic,
        String note) {

    public Broadcast {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(airedOn, "airedOn");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(programTitle, "programTitle");
        Objects.requireNonNull(production, "production");
    }
}
