package vn.dxoutreach.report.compose;

import java.time.LocalDate;
import java.util.List;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.Letterhead;
import vn.dxoutreach.store.ActivityTotals.Figures;
import vn.dxoutreach.store.TeamMemberRepository;

/**
 * A report drafted from the data: the figures stay linked to the records (regenerating updates them),
 * the user's own paragraphs are kept as written.
 *
 * @param previous     the same period a year earlier; null when nothing was recorded then
 * @param periodProgress each target evaluated over the report period alone (its window clipped to it; a
 *                     PERIOD target keeps its own), for the tables, the charts and the units behind;
 *                     targets whose window lies outside the period are left out
 * @param prorated     the targets of periodProgress assessed over the report period with a pro-rated value,
 *                     since none of their own periods lies inside it
 * @param officialSlogans the official slogans of the campaign year banners carried in the period, with
 *                     their quantities; empty when none did
 * @param idleUnits    units with no activity recorded in the period
 * @param assessment   the user's paragraph of overall assessment
 * @param directions   the user's paragraph of directions and proposals
 * @param notes        the user's paragraphs under the activity sections of part I
 * @param channels     the news items, events and materials of the period by channel or type, for the kinds
 *                     that have any, in the kinds' order
 * @param appsInstalled accounts and applications the teams' sessions of the period installed
 * @param roster       the community digital-technology teams and their members on the last day; null: not stated
 */
public record ReportContent(
        ReportType type,
        Plan plan,
        Letterhead letterhead,
        String number,
        LocalDate from,
        LocalDate to,
        Figures figures,
        Figures previous,
        List<TargetProgress> periodProgress,
        List<Prorating> prorated,
        List<SloganUse> officialSlogans,
        List<String> idleUnits,
        String assessment,
        String directions,
        SectionNotes notes,
        List<String> recipients,
        List<KindFigures> channels,
        long appsInstalled,
        TeamMemberRepository.Roster roster) {

    /** A report with no news items, events or materials, no apps recorded and no team roster. */
    public ReportContent(ReportType type, Plan plan, Letterhead letterhead, String number, LocalDate from, LocalDate to,
            Figures figures, Figures previous, List<TargetProgress> periodProgress, List<Prorating> prorated,
            List<SloganUse> officialSlogans, List<String> idleUnits, String assessment, String directions,
            SectionNotes notes, List<String> recipients) {
        this(type, plan, letterhead, number, from, to, figures, previous, periodProgress, prorated, officialSlogans,
                idleUnits, assessment, directions, notes, recipients, List.of(), 0, null);
    }

    /** How the target was pro-rated to the report period, if it was. */
    public java.util.Optional<Prorating> prorating(TargetProgress progress) {
        return prorated.stream().filter(p -> p.of(progress)).findFirst();
    }
}
