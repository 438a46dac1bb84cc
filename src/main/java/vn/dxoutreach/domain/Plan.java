package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A plan document (kế hoạch) such as {@code 96/KH-UBND}, with the period its targets default to.
 * The meta's unit is the office that holds the plan.
 */
public record Plan(
        RecordMeta meta,
        String symbol,
        String title,
        String issuingBody,
        LocalDate issuedOn,
        LocalDate periodFrom,
        LocalDate periodTo) implements StoredRecord {

    public Plan {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
    }

    @Override
    public Plan withMeta(RecordMeta newMeta) {
        return new Plan(newMeta, symbol, title, issuingBody, issuedOn, periodFrom, periodTo);
    }

    public java.util.UUID id() {
        return meta.id();
    }
}
