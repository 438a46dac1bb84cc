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

    private final Messages messages;

    public ReportText(Messages messages) {
        this.messages = messages;
    }

    public String title(ReportContent c) {
        return switch (c.type()) {
            case EVENT -> messages.get("compose.title.event", String.valueOf(c.from().getYear()));
            case HALF_YEAR -> messages.get("compose.title.halfYear", String.valueOf(c.from().getYear()));
            case YEAR -> messages.get("compose.title.year", String.valueOf(c.from().getYear()));
            case CUSTOM -> messages.get("compose.title.custom", Formats.date(c.from()), Formats.date(c.to()));
        };
    }

    public List<ReportBlock> body(ReportContent c) {
        List<ReportBlock> blocks = new ArrayList<>();
        Figures f = c.figures();
        blocks.add(new ReportBlock.Text(messages.get("compose.basis", c.plan().symbol(), c.plan().title())));
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.results")));
        blocks.add(new ReportBlock.Text(messages.get("compose.summary", Formats.date(c.from()), Formats.date(c.to()),
                Formats.number(f.broadcasts()), Formats.number(f.minutes()), Formats.number(f.newPrograms()),
                Formats.number(f.bannerQuantity()), Formats.number(f.bannerRecords()), Formats.number(f.sessions()),
                Formats.number(f.peopleHelped()))));
        if (c.previous() != null) {
            Figures p = c.previous();
            blocks.add(new ReportBlock.Text(messages.get("compose.compare",
                    String.valueOf(c.from().getYear() - 1), change(f.broadcasts(), p.broadcasts()),
                    change(f.bannerQuantity(), p.bannerQuantity()), change(f.sessions(), p.sessions()),
                    change(f.peopleHelped(), p.peopleHelped()))));
        }
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.radio")));
        blocks.add(new ReportBlock.Text(messages.get("compose.radio", Formats.number(f.broadcasts()),
                Formats.number(f.minutes()), Formats.number(f.newPrograms()))));
        written(blocks, c.notes().radio());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.banners")));
        blocks.add(new ReportBlock.Text(messages.get("compose.banners", Formats.number(f.bannerQuantity()),
                Formats.number(f.bannerRecords()))));
        written(blocks, c.notes().banners());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.teams")));
        blocks.add(new ReportBlock.Text(messages.get("compose.teams", Formats.number(f.sessions()),
                Formats.number(f.peopleHelped()))));
        written(blocks, c.notes().teams());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.targets")));
        blocks.add(targetTable(c));
        blocks.addAll(new PeriodCharts(messages).of(c.periodProgress()));
        UnitAttainment units = new UnitAttainment(messages);
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.units")));
        blocks.add(units.table(c.periodProgress()));
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.behind")));
        blocks.addAll(units.behind(c.periodProgress()));
        blocks.add(new ReportBlock.Text(c.idleUnits().isEmpty() ? messages.get("compose.noIdle")
                : messages.get("compose.idle", c.idleUnits().size(), String.join(", ", c.idleUnits()))));
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.assessment")));
        written(blocks, c.assessment().isBlank() ? messages.get("compose.assessment.placeholder") : c.assessment());
        blocks.add(new ReportBlock.Heading(messages.get("compose.h.directions")));
        written(blocks, c.directions().isBlank() ? messages.get("compose.directions.placeholder") : c.directions());
        return blocks;
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
            rows.add(List.of(t.target().code(), t.target().name(), ProgressText.attainment(t),
                    t.fullyCompliantUnits() + "/" + t.scopedUnits(), messages.label(t.status())));
        }
        return new ReportBlock.Table(List.of(messages.get("document.col.code"), messages.get("document.col.target"),
                messages.get("document.col.attainment"), messages.get("document.col.compliant"),
                messages.get("document.col.assessment")), List.of(0.8f, 4f, 1.2f, 1.3f, 1.6f), rows);
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
