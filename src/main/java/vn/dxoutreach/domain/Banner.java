package vn.dxoutreach.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Banners, slogans, panels or screens put up by a unit; {@code removedOn} is null while they hang. */
public record Banner(
        RecordMeta meta,
        LocalDate hungOn,
        LocalDate removedOn,
        BannerKind kind,
        String slogan,
        int quantity,
        String location,
        String note) {

    public Banner {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(hungOn, "hungOn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slogan, "slogan");
    }
}
