package vn.dxoutreach.progress;

import java.time.LocalDate;

/** A calendar period of a target's cadence lying entirely inside its window. */
public record Bucket(int index, LocalDate from, LocalDate to, BucketState state) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
