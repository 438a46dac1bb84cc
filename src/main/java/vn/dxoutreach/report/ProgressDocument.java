package vn.dxoutreach.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.CumulativePoint;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.progress.UnitProgress;
import vn.dxoutreach.report.page.Align;
import vn.dxoutreach.report.page.Block;
import vn.dxoutreach.report.page.ChartBlock;
import vn.dxoutreach.report.page.Columns;
import vn.dxoutreach.report.page.Flow;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.report.page.Paper;
import vn.dxoutreach.report.page.PdfOutput;
import vn.dxoutreach.report.page.Stack;
import vn.dxoutreach.report.page.Table;
import vn.dxoutreach.report.page.Text;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Progress as a printed document, not a screenshot: A4 landscape in the Decree 30/2020 layout, a
 * title naming the plan, the target and the "as of" day, the charts drawn as vectors, the table of
 * units under them, a signature block, the print date and page numbers. The same pages become the
 * PDF, the PNG images and the printout.
 */
public final class ProgressDocument {

    private static final float CHART_HEIGHT = 215;

    private final Messages messages;
    private final DocumentParts parts;
    private vn.dxoutreach.domain.UnitTree lineage;

    public ProgressDocument(Messages messages, Letterhead letterhead) {
        this.messages = messages;
        this.parts = new DocumentParts(messages, letterhead);
    }

    /** Names the units of the tables with their lineage (the old units a merged commune is made of). */
    public ProgressDocument withLineage(vn.dxoutreach.domain.UnitTree tree) {
        this.lineage = tree;
        return this;
    }

    /** One target: its summary, its charts, the table of its units and the met/missed grid. */
    public PageSet target(Plan plan, TargetProgress progress, List<CumulativePoint> cumulative) {
        Flow flow = new Flow().add(parts.heading())
                .add(title(plan, progress.target().code() + " – " + progress.target().name(), progress.asOf()))
                .add(summary(progress))
                .add(new ChartBlock(unitChart(progress), CHART_HEIGHT))
                .add(Block.gap(6))
                .add(unitTable(progress))
                .add(Block.gap(10))
                .add(new ChartBlock(cumulativeChart(progress, cumulative), CHART_HEIGHT))
                .add(heatMap(progress))
                .addKeptWithPrevious(parts.signature());
        return flow.layout(Paper.A4_LANDSCAPE, parts.footer());
    }

    /**
     * A whole plan: the table of every target, then each target's charts and units, and the signature
     * after all of them, where a signed document ends.
     */
    public PageSet plan(PlanProgress progress, Function<TargetProgress, List<CumulativePoint>> cumulative) {
        Flow flow = new Flow().add(parts.heading())
                .add(title(progress.plan(), messages.get("document.plan.all"), progress.asOf()))
                .add(targetTable(progress));
        for (TargetProgress target : progress.targets()) {
            flow.pageBreak()
                    .add(Text.of(target.target().code() + " – " + target.target().name(), DocumentParts.bold(13),
                            Align.LEFT).keptWithNext())
                    .add(summary(target))
                    .add(charts(target, cumulative.apply(target)))
                    .add(unitTable(target))
                    .add(Block.gap(10))
                    .add(heatMap(target));
        }
        flow.addKeptWithPrevious(parts.signature());
        return flow.layout(Paper.A4_LANDSCAPE, parts.footer());
    }

    /** Writes the pages as a PDF with the fonts embedded. */
    public void writePdf(PageSet pages, Path out) throws IOException {
        PdfOutput.write(pages, out, new PdfFonts().chartMapper(), messages.get("document.title"));
    }

    private Block title(Plan plan, String what, java.time.LocalDate asOf) {
        return Stack.of(Text.of(messages.get("document.progress.title"), DocumentParts.bold(14), Align.CENTER)
                        .spaced(12, 2),
                Text.of(what, DocumentParts.bold(13), Align.CENTER),
                Text.of(messages.get("document.progress.subtitle", plan.symbol(), plan.title(), Formats.date(asOf)),
                        DocumentParts.italic(13), Align.CENTER).spaced(0, 8));
    }

    private Block summary(TargetProgress p) {
        return Text.of(messages.get("document.progress.summary", ProgressText.attainment(p), p.metPairs(),
                p.closedPairs(), p.fullyCompliantUnits(), p.scopedUnits(), ProgressText.current(p),
                messages.label(p.status())), DocumentParts.serif(13), Align.LEFT).spaced(0, 6);
    }

    /** The units against the target line, beside the cumulative actual against the expected. */
    private Block charts(TargetProgress p, List<CumulativePoint> cumulative) {
        return Columns.of(14, List.of(new ChartBlock(unitChart(p), CHART_HEIGHT + 20),
                new ChartBlock(cumulativeChart(p, cumulative), CHART_HEIGHT + 20)), 1.25f, 1f);
    }

    private org.jfree.chart.JFreeChart unitChart(TargetProgress p) {
        return ProgressCharts.unitChart(ProgressCharts.unitDataset(p, messages), p, messages);
    }

    private org.jfree.chart.JFreeChart cumulativeChart(TargetProgress p, List<CumulativePoint> cumulative) {
        return ProgressCharts.cumulativeChart(ProgressCharts.cumulativeDataset(cumulative, messages), p, messages);
    }

    /** The met/missed grid, tall enough for a readable row per unit, never taller than a page's body. */
    private Block heatMap(TargetProgress p) {
        float height = Math.max(180, Math.min(420, 130 + 16f * p.units().size()));
        return new ChartBlock(PairHeatMap.createChart(PairHeatMap.createDataset(p), p, messages), height);
    }

    private Table unitTable(TargetProgress p) {
        Table table = new Table(List.of(
                new Table.Column(messages.get("document.col.no"), 0.5f, Align.CENTER),
                new Table.Column(messages.get("document.col.unit"), 3f, Align.LEFT),
                new Table.Column(messages.get("document.col.closed"), 1.2f, Align.RIGHT),
                new Table.Column(messages.get("document.col.met"), 1.2f, Align.RIGHT),
                new Table.Column(messages.get("document.col.total"), 1.2f, Align.RIGHT),
                new Table.Column(messages.get("document.col.current"), 1.4f, Align.RIGHT),
                new Table.Column(messages.get("document.col.assessment"), 1.4f, Align.CENTER)),
                DocumentParts.bold(12), DocumentParts.serif(12));
        int no = 1;
        for (UnitProgress u : p.units()) {
            table.row(String.valueOf(no++), LineageText.nameWithLineage(lineage, messages, u.unit()),
                    Formats.number(u.closedBuckets()),
                    Formats.number(u.metBuckets()), Formats.number(u.total()), ProgressText.percent(u.currentProgress()),
                    ProgressText.assessment(messages, p, u));
        }
        return table;
    }

    private Table targetTable(PlanProgress progress) {
        Table table = new Table(List.of(
                new Table.Column(messages.get("document.col.code"), 0.8f, Align.CENTER),
                new Table.Column(messages.get("document.col.target"), 4f, Align.LEFT),
                new Table.Column(messages.get("document.col.attainment"), 1.2f, Align.RIGHT),
                new Table.Column(messages.get("document.col.compliant"), 1.3f, Align.RIGHT),
                new Table.Column(messages.get("document.col.current"), 1.3f, Align.RIGHT),
                new Table.Column(messages.get("document.col.assessment"), 1.6f, Align.CENTER)),
                DocumentParts.bold(12), DocumentParts.serif(12));
        for (TargetProgress t : progress.targets()) {
            table.row(t.target().code(), t.target().name(), ProgressText.attainment(t),
                    t.fullyCompliantUnits() + "/" + t.scopedUnits(), ProgressText.current(t), messages.label(t.status()));
        }
        return table;
    }
}
