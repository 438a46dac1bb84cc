package vn.dxoutreach.report.compose;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.report.ProgressText;
import vn.dxoutreach.store.ActivityTotals.Figures;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/** The body of a report, written from its content in Vietnamese administrative style. */
public final class ReportText {

    /** The sections of part I every report has before those of the kinds told by channel or type. */
    private static final int FIXED_SECTIONS = 3;

    private final Messages messages;

    public ReportText(Messages messages) {
        this.messages = messages;
    }

    /** The title; a report counted from 15/12 of the year before is named after the year it ends in. */
    public String title(ReportContent c) {
        String year = String.valueOf(c.to().getYear());
        return switch (c.type()) {
            case EVENT -> messages.get("compose.title.event", year);
            case HALF_YEAR -> messages.get("compose.title.halfYear", year);
            case YEAR -> messages.get("compose.title.year", year);
            case MONTHLY -> messages.get("compose.title.monthly",
                    vn.dxoutreach.domain.ReportDeadline.periodLabel(c.type(), c.to()));
            case QUARTERLY -> messages.get("compose.title.quarterly",
                    vn.dxoutreach.domain.ReportDeadline.periodLabel(c.type(), c.to()));
            case CUSTOM -> messages.get("compose.title.custom", Formats.date(c.from()), Formats.date(c.to()));
        };
    }

    /** The line under the title: "Số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025". */
    public String periodLine(ReportContent c) {
        return messages.get("compose.periodLine", Formats.date(c.from()), Formats.date(c.to()));
    }

    /**
     * "Thực hiện Kế hoạch số 182/KH-UBND ngày 27/9/2022 của UBND tỉnh về …": the plan's symbol, date,
     * issuer and subject, the subject without the "Kế hoạch" its title may begin with.
     */
    String basis(vn.dxoutreach.domain.Plan plan) {
        String subject = subject(plan.title());
        String issuer = plan.issuingBody() == null ? "" : plan.issuingBody().strip();
        if (plan.issuedOn() == null) {
            return issuer.isEmpty() ? messages.get("compose.basis.bare", plan.symbol(), subject)
                    : messages.get("compose.basis.noDate", plan.symbol(), issuer, subject);
        }
        String date = documentDate(plan.issuedOn());
        return issuer.isEmpty() ? messages.get("compose.basis.noIssuer", plan.symbol(), date, subject)
                : messages.get("compose.basis", plan.symbol(), date, issuer, subject);
    }

    /**
     * A plan's title as the subject after "về": "Kế hoạch tuyên truyền …" becomes "tuyên truyền …". The
     * words stripped are those of Vietnamese plan titles, whatever the language of the screen.
     */
    static String subject(String title) {
        String text = title == null ? "" : title.strip();
        text = withoutLeading(text, "kế hoạch "); // NOI18N
        return withoutLeading(text, "về "); // NOI18N
    }

    private static String withoutLeading(String text, String word) {
        return text.toLowerCase(java.util.Locale.forLanguageTag("vi")).startsWith(word)
                ? text.substring(word.length()).strip() : text;
    }

    /** A date in a document's text as Decree 30 writes it: "27/9/2022", "05/02/2024". */
    static String documentDate(java.time.LocalDate day) {
        String d = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String m = day.getMonthValue() <= 2 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return d + "/" + m + "/" + day.getYear();
    }

    public List<ReportBlock> body(ReportContent c) {
        List<ReportBlock> blocks = new ArrayList<>();
        Figures f = c.figures();
        blocks.add(new ReportBlock.Text(basis(c.plan())));
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.results")));
        blocks.add(new ReportBlock.Text(messages.get("compose.summary", Formats.date(c.from()), Formats.date(c.to()),
                Formats.number(f.broadcasts()), Formats.number(f.minutes()), Formats.number(f.newPrograms()),
                Formats.number(f.bannerQuantity()), Formats.number(f.bannerRecords()), Formats.number(f.sessions()),
                Formats.number(f.peopleHelped()))));
        if (c.previous() != null) {
            Figures p = c.previous();
            blocks.add(new ReportBlock.Text(messages.get("compose.compare",
                    String.valueOf(c.to().getYear() - 1), change(f.broadcasts(), p.broadcasts()),
                    change(f.bannerQuantity(), p.bannerQuantity()), change(f.sessions(), p.sessions()),
                    change(f.peopleHelped(), p.peopleHelped()))));
        }
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.radio")));
        blocks.add(new ReportBlock.Text(messages.get("compose.radio", Formats.number(f.broadcasts()),
                Formats.number(f.minutes()), Formats.number(f.newPrograms()))));
        written(blocks, c.notes().radio());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.banners")));
        blocks.add(new ReportBlock.Text(banners(c)));
        written(blocks, c.notes().banners());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.teams")));
        blocks.add(new ReportBlock.Text(c.appsInstalled() > 0
                ? messages.get("compose.teams.apps", Formats.number(f.sessions()), Formats.number(f.peopleHelped()),
                        Formats.number(c.appsInstalled()))
                : messages.get("compose.teams", Formats.number(f.sessions()), Formats.number(f.peopleHelped()))));
        if (c.roster() != null && c.roster().teams() > 0) {
            blocks.add(new ReportBlock.Text(messages.get("compose.roster", documentDate(c.to()),
                    Formats.number(c.roster().teams()), Formats.number(c.roster().members()))));
        }
        written(blocks, c.notes().teams());
        // radio, banners and teams are always 1–3; a kind told by channel or type has a section when the
        // period has some of it, and the sections after are numbered on
        int section = FIXED_SECTIONS;
        ChannelText channels = new ChannelText(messages);
        for (KindFigures kind : c.channels()) {
            blocks.add(heading(++section, channels.heading(kind.kind())));
            blocks.add(new ReportBlock.Text(channels.sentence(kind)));
            written(blocks, c.notes().of(kind.kind()));
        }
        blocks.add(heading(++section, messages.get("compose.h.targets")));
        blocks.add(targetTable(c));
        for (TargetProgress t : c.periodProgress()) {
            c.prorating(t).ifPresent(p -> blocks.add(new ReportBlock.Text(prorated(t, p))));
        }
        blocks.addAll(new PeriodCharts(messages).of(c.periodProgress()));
        UnitAttainment units = new UnitAttainment(messages);
        blocks.add(heading(++section, messages.get("compose.h.units")));
        blocks.add(units.table(c.periodProgress()));
        blocks.add(heading(++section, messages.get("compose.h.behind")));
        blocks.addAll(units.behind(c.periodProgress()));
        blocks.add(new ReportBlock.Text(c.idleUnits().isEmpty() ? messages.get("compose.noIdle")
                : messages.get("compose.idle", c.idleUnits().size(), String.join(", ", c.idleUnits()))));
        // parts II and III are the office's own words: left blank, they print nothing, not even their heading
        if (!c.assessment().isBlank()) {
            blocks.add(new ReportBlock.Heading(messages.get("compose.h.assessment")));
            written(blocks, c.assessment());
        }
        if (!c.directions().isBlank()) {
            blocks.add(new ReportBlock.Heading(messages.get(c.assessment().isBlank() ? "compose.h.directions.second"
                    : "compose.h.directions")));
            written(blocks, c.directions());
        }
        return blocks;
    }

    /** A numbered section heading of part I: "5. Kết quả thực hiện các chỉ tiêu…". */
    private ReportBlock.Heading heading(int number, String title) {
        return new ReportBlock.Heading(messages.get("compose.h.numbered", number, title));
    }

    /**
     * The user's own text, a paragraph for each line written: Word and LibreOffice would print a line
     * break inside a paragraph as a space. Blank text adds nothing, not even a placeholder.
     */
    private static void written(List<ReportBlock> blocks, String text) {
        text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .forEach(line -> blocks.add(new ReportBlock.Text(line)));
    }

    private ReportBlock.Table targetTable(ReportContent c) {
        List<List<String>> rows = new ArrayList<>();
        // the report's figures are of its period, as its charts are: a year report shows that year
        for (TargetProgress t : c.periodProgress()) {
            // units are fully compliant only over periods that have ended: none ended, nobody is
            String compliant = t.closedPairs() == 0 ? ProgressText.UNDEFINED : ProgressText.compliant(messages, t);
            rows.add(List.of(t.target().code(), t.target().name(), ProgressText.attainment(t), compliant,
                    messages.label(t.status())));
        }
        return new ReportBlock.Table(List.of(messages.get("document.col.code"), messages.get("document.col.target"),
                messages.get("document.col.attainment"), messages.get("document.col.compliant"),
                messages.get("document.col.assessment")), List.of(0.8f, 4f, 1.2f, 1.3f, 1.6f), rows);
    }

    /** How many banners went up, and, only when the banners say so, which official slogans they carried. */
    private String banners(ReportContent c) {
        Figures f = c.figures();
        if (c.officialSlogans().isEmpty()) {
            return messages.get("compose.banners", Formats.number(f.bannerQuantity()), Formats.number(f.bannerRecords()));
        }
        List<String> used = c.officialSlogans().stream().map(s -> messages.get("compose.banners.slogan", s.text(),
                Formats.number(s.quantity()))).toList();
        long carried = c.officialSlogans().stream().mapToLong(SloganUse::quantity).sum();
        return messages.get("compose.banners.official", Formats.number(f.bannerQuantity()),
                Formats.number(f.bannerRecords()), Formats.number(carried), String.join("; ", used));
    }

    /**
     * "CT02 tính theo tháng; kỳ báo cáo không trọn tháng nào nên được đánh giá trên 10 ngày của kỳ, với mức
     * 2 mỗi tháng quy đổi theo số ngày là 0,65, làm tròn lên 1." The rounded value is the one the table's
     * rate and the chart's value line use (the target as evaluated), so the three agree.
     */
    String prorated(TargetProgress t, Prorating p) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(t.windowFrom(), t.windowTo()) + 1;
        String cadence = messages.label(p.cadence()).toLowerCase(java.util.Locale.forLanguageTag("vi"));
        String exact = Formats.decimal(p.proratedValue(), 2);
        String used = Formats.number(t.target().value());
        return exact.equals(used)
                ? messages.get("compose.prorated", t.target().code(), cadence, days, Formats.number(p.value()), used)
                : messages.get("compose.prorated.rounded", t.target().code(), cadence, days, Formats.number(p.value()),
                        exact, used);
    }

    /** "tăng 12,5%" / "giảm 3%" / "bằng". */
    private String change(long now, long before) {
        if (before == 0) {
            return messages.get("compose.change.new", Formats.number(now));
        }
        double ratio = (now - before) / (double) before;
        if (now == before) {
            return messages.get("compose.change.same");
        }
        return messages.get(ratio > 0 ? "compose.change.up" : "compose.change.down", Formats.percent(Math.abs(ratio)));
    }

    /** "Nơi nhận:" lines, with the office's own archive last, as Decree 30 lays them out. */
    public List<String> recipients(ReportContent c) {
        List<String> lines = new ArrayList<>();
        c.recipients().forEach(r -> lines.add("- " + r + ";"));
        lines.add(messages.get("compose.archive"));
        return lines;
    }
}
