package vn.dxoutreach.domain;

/**
 * A slogan banners can carry; the list starts with the official ones.
 *
 * @param campaignYear the year of the 10/10 campaign it is official for; null: any year without
 *                     slogans of its own (the 2022 ones every plan started with)
 * @param theme        the year's theme (chủ đề) rather than a slogan: no banner picks it
 */
public record Slogan(RecordMeta meta, String text, boolean official, Integer campaignYear, boolean theme) implements StoredRecord {

    @Override
    public Slogan withMeta(RecordMeta newMeta) {
        return new Slogan(newMeta, text, official, campaignYear, theme);
    }

    /** A slogan of no particular year. */
    public Slogan(RecordMeta meta, String text, boolean official) {
        this(meta, text, official, null, false);
    }
}
