package vn.dxoutreach.report.compose;

/** An official slogan and how many banners in the report period carried it. */
public record SloganUse(String text, long quantity) {
}
