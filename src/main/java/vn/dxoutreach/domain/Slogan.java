package vn.dxoutreach.domain;

/** A slogan banners can carry; the list starts with the official ones. */
public record Slogan(RecordMeta meta, String text, boolean official) {
}
