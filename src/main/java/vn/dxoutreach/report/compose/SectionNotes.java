package vn.dxoutreach.report.compose;

/**
 * The office's own paragraphs under the activity sections of part I, each printed right after its
 * section's sentence of figures; a blank one adds nothing to the report.
 *
 * @param radio   under "1." the grassroots radio
 * @param banners under "2." banners, slogans and posters
 * @param teams   under "3." the community digital-technology teams
 */
public record SectionNotes(String radio, String banners, String teams) {

    /** A report without notes of the office's own, as the command line drafts it. */
    public static final SectionNotes NONE = new SectionNotes("", "", "");

    public SectionNotes {
        radio = radio == null ? "" : radio;
        banners = banners == null ? "" : banners;
        teams = teams == null ? "" : teams;
    }
}
