package vn.dxoutreach.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.progress.CumulativePoint;
import vn.dxoutreach.progress.PlanProgress;
import vn.dxoutreach.progress.TargetProgress;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * Progress as a printed document, not a screenshot: A4 landscape in the Decree 30/2020 layout
 * (bodies top left, national motto top right, place and date line), a title naming the plan, the
 * target and the "as of" day, the chart drawn as vectors, the table of units, a signature block,
 * the print date and page numbers. Liberation Serif is embedded.
 */
public final class ProgressPdf {

    private static final float CHART_HEIGHT = 300;

    private final Messages messages;
    private final PdfFonts fonts;
    private final AdministrativePdf pdf;

    public ProgressPdf(Messages messages) {
        this.messages = messages;
        this.pdf = new AdministrativePdf(messages);
        this.fonts = pdf.fonts();
    }

    /** One target: its charts of units and of the cumulative actual, and its table of units. */
    public void writeTarget(Path out, Letterhead letterhead, Plan plan, TargetProgress progress,
            List<CumulativePoint> cumulative) throws IOException {
        pdf.write(out, letterhead, (document, writer) -> {
            title(document, plan, progress.target().code() + " – " + progress.target().name(), progress.asOf());
            summary(document, progress);
            chart(document, writer, ProgressCharts.unitChart(ProgressCharts.unitDataset(progress, messages), progress,
                    messages));
            unitTable(document, progress);
            document.newPage();
            chart(document, writer, ProgressCharts.cumulativeChart(
                    ProgressCharts.cumulativeDataset(cumulative, messages), progress, messages));
            pdf.signature(document, letterhead);
        });
    }

    /** A whole plan: the table of every target, then a page per target with its chart and units. */
    public void writePlan(Path out, Letterhead letterhead, PlanProgress progress) throws IOException {
        pdf.write(out, letterhead, (document, writer) -> {
            title(document, progress.plan(), messages.get("document.plan.all"), progress.asOf());
            targetTable(document, progress);
            pdf.signature(document, letterhead);
            for (TargetProgress target : progress.targets()) {
                document.newPage();
                document.add(pdf.paragraph(target.target().code() + " – " + target.target().name(), fonts.bold(13),
                        Element.ALIGN_LEFT));
                summary(document, target);
                chart(document, writer, ProgressCharts.unitChart(ProgressCharts.unitDataset(target, messages), target,
                        messages));
                unitTable(document, target);
            }
        });
    }

    private void title(Document document, Plan plan, String what, java.time.LocalDate asOf) throws DocumentException {
        Paragraph title = pdf.paragraph(messages.get("document.progress.title"), fonts.bold(14), Element.ALIGN_CENTER);
        title.setSpacingBefore(10);
        document.add(title);
        document.add(pdf.paragraph(what, fonts.bold(13), Element.ALIGN_CENTER));
        document.add(pdf.paragraph(messages.get("document.progress.subtitle", plan.symbol(), plan.title(),
                Formats.date(asOf)), fonts.italic(13), Element.ALIGN_CENTER));
    }

    private void summary(Document document, TargetProgress p) throws DocumentException {
        Paragraph summary = pdf.paragraph(messages.get("document.progress.summary", ProgressText.attainment(p),
                p.metPairs(), p.closedPairs(), p.fullyCompliantUnits(), p.scopedUnits(),
                ProgressText.current(p), messages.label(p.status())), fonts.serif(13), Element.ALIGN_LEFT);
        summary.setSpacingBefore(8);
        summary.setSpacingAfter(6);
        document.add(summary);
    }

    private void chart(Document document, PdfWriter writer, JFreeChart chart) throws DocumentException {
        float width = document.right() - document.left();
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(width, CHART_HEIGHT);
        Graphics2D g2 = template.createGraphics(width, CHART_HEIGHT, fonts.chartMapper());
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, CHART_HEIGHT));
        g2.dispose();
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        document.add(image);
    }

    private void unitTable(Document document, TargetProgress p) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3f, 1.2f, 1.2f, 1.2f, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        for (String key : List.of("document.col.no", "document.col.unit", "document.col.closed", "document.col.met",
                "document.col.total", "document.col.current", "document.col.assessment")) {
            table.addCell(header(messages.get(key)));
        }
        int no = 1;
        for (var u : p.units()) {
            table.addCell(body(String.valueOf(no++), Element.ALIGN_CENTER));
            table.addCell(body(u.unit().name(), Element.ALIGN_LEFT));
            table.addCell(body(Formats.number(u.closedBuckets()), Element.ALIGN_RIGHT));
            table.addCell(body(Formats.number(u.metBuckets()), Element.ALIGN_RIGHT));
            table.addCell(body(Formats.number(u.total()), Element.ALIGN_RIGHT));
            table.addCell(body(ProgressText.percent(u.currentProgress()), Element.ALIGN_RIGHT));
            table.addCell(body(messages.get(u.behind() ? "document.unit.behind"
                    : u.fullyCompliant() ? "document.unit.compliant" : "document.unit.ok"), Element.ALIGN_CENTER));
        }
        document.add(table);
    }

    private void targetTable(Document document, PlanProgress progress) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {0.8f, 4f, 1.2f, 1.3f, 1.3f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(10);
        for (String key : List.of("document.col.code", "document.col.target", "document.col.attainment",
                "document.col.compliant", "document.col.current", "document.col.assessment")) {
            table.addCell(header(messages.get(key)));
        }
        for (TargetProgress t : progress.targets()) {
            table.addCell(body(t.target().code(), Element.ALIGN_CENTER));
            table.addCell(body(t.target().name(), Element.ALIGN_LEFT));
            table.addCell(body(ProgressText.attainment(t), Element.ALIGN_RIGHT));
            table.addCell(body(t.fullyCompliantUnits() + "/" + t.scopedUnits(), Element.ALIGN_RIGHT));
            table.addCell(body(ProgressText.current(t), Element.ALIGN_RIGHT));
            table.addCell(body(messages.label(t.status()), Element.ALIGN_CENTER));
        }
        document.add(table);
    }

    private PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(12)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell body(String text, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.serif(12)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        return cell;
    }
}
