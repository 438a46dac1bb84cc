package vn.dxoutreach.domain;

import java.util.Objects;

/** A value an office added to one of its {@link ChoiceList}s (a channel or a type of its own). */
public record ChoiceValue(RecordMeta meta, ChoiceList list, String value) implements StoredRecord {

    public ChoiceValue {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public ChoiceValue withMeta(RecordMeta newMeta) {
        return new ChoiceValue(newMeta, list, value);
    }
}
