package vn.dxoutreach.report.compose;

import vn.dxoutreach.domain.ActivityKind;

/**
 * The office's own paragraphs under the activity sections of part I, each printed right after its
 * section's sentence of figures; a blank one adds nothing to the report.
 *
 * @param radio     under "1." the grassroots radio
 * @param banners   under "2." banners, slogans and posters
 * @param teams     under "3." the community digital-technology teams
 * @param news      under the news items and posts (printed only when the period has some)
 * @param events    under the events
 * @param materials under the printed materials and messages
 */
public record SectionNotes(String radio, String banners, String teams, String news, String events,
        String materials) {

    /** A report without notes of the office's own, as the command line drafts it. */
    public static final SectionNotes NONE = new SectionNotes("", "", "");

    public SectionNotes {
        radio = radio == null ? "" : radio;
        banners = banners == null ? "" : banners;
        teams = teams == null ? "" : teams;
        news = news == null ? "" : news;
        events = events == null ? "" : events;
        materials = materials == null ? "" : materials;
    }

    /** Notes under the first three sections only. */
    public SectionNotes(String radio, String banners, String teams) {
        this(radio, banners, teams, "", "", "");
    }

    /** The note under a kind's section. */
    public String of(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> radio;
            case BANNER -> banners;
            case TEAM_SESSION -> teams;
            case NEWS -> news;
            case EVENT -> events;
            case MATERIAL -> materials;
        };
    }
}
