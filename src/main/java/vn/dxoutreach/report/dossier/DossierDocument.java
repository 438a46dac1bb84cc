package vn.dxoutreach.report.dossier;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.dxoutreach.domain.Evidence;
import vn.dxoutreach.report.DocumentParts;
import vn.dxoutreach.report.PdfFonts;
import vn.dxoutreach.report.page.Align;
import vn.dxoutreach.report.page.Block;
import vn.dxoutreach.report.page.ContentsLine;
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
 * The evidence dossier ("Hồ sơ minh chứng") on A4 portrait: the Decree 30 heading, the title with the
 * plan and the period, a summary and the contents (each target, each unit, with its page); then for
 * each target and unit the records that count with what their evidence amounts to, the photos with
 * captions, and the other files with their size and SHA-256. The contents' page numbers come from a
 * first layout; the second layout, with the numbers in, puts every block on the same page.
 */
public final class DossierDocument {

    private static final int MAX_PASSES = 3;

    private final Messages messages;
    private final DossierText text;

    public DossierDocument(Messages messages) {
        this.messages = messages;
        this.text = new DossierText(messages);
    }

    /** A heading of the body that the contents point to. */
    private record Anchor(String entry, Font font, float indent, Block block) {
    }

    public PageSet layout(DossierContent content) {
        DocumentParts parts = new DocumentParts(messages, content.letterhead());
        List<Anchor> anchors = new ArrayList<>();
        List<Consumer<Flow>> body = body(content, anchors);
        List<String> numbers = anchors.stream().map(a -> "").toList();
        PageSet pages = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Flow flow = front(content, parts, anchors, numbers);
            body.forEach(step -> step.accept(flow));
            flow.addKeptWithPrevious(parts.signature());
            pages = flow.layout(Paper.A4_PORTRAIT, parts.footer());
            PageSet laid = pages;
            List<String> found = anchors.stream().map(a -> String.valueOf(laid.pageOf(a.block()))).toList();
            if (found.equals(numbers)) {
                break;
            }
            numbers = found;
        }
        return pages;
    }

    /** Writes the pages as a PDF with the fonts embedded, telling {@code progress} of each page. */
    public void writePdf(PageSet pages, Path out, DossierProgress progress) throws IOException {
        PdfOutput.write(pages, out, new PdfFonts().chartMapper(), messages.get("dossier.title"),
                page -> progress.update(DossierProgress.Stage.WRITE, page, pages.count()));
    }

    private Flow front(DossierContent content, DocumentParts parts, List<Anchor> anchors, List<String> numbers) {
        Flow flow = new Flow().add(parts.heading())
                .add(Stack.of(Text.of(messages.get("dossier.title"), DocumentParts.bold(14), Align.CENTER)
                                .spaced(18, 2),
                        Text.of(content.plan().title(), DocumentParts.bold(13), Align.CENTER),
                        Text.of(messages.get("dossier.subtitle", content.plan().symbol(), Formats.date(content.from()),
                                Formats.date(content.to())), DocumentParts.italic(13), Align.CENTER).spaced(2, 10)))
                .add(Text.of(messages.get("dossier.summary", content.recordCount(), content.photoCount(),
                        content.fileCount(), content.withoutEvidence(), content.flaggedPhotos(), PhotoMetadata.FAR_DAYS),
                        DocumentParts.serif(13), Align.LEFT).spaced(0, 10))
                .add(Text.of(messages.get("dossier.contents"), DocumentParts.bold(13), Align.CENTER).spaced(4, 6)
                        .keptWithNext());
        if (anchors.isEmpty()) {
            flow.add(Text.of(messages.get("dossier.noTargets"), DocumentParts.italic(13), Align.LEFT));
        }
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            flow.add(new ContentsLine(a.entry(), numbers.get(i), a.font(), a.indent()));
        }
        return flow;
    }

    private List<Consumer<Flow>> body(DossierContent content, List<Anchor> anchors) {
        PhotoGrid photos = new PhotoGrid(messages, text);
        List<Consumer<Flow>> steps = new ArrayList<>();
        for (DossierContent.Section section : content.sections()) {
            String name = messages.get("dossier.target", section.target().code(), section.target().name());
            Text heading = Text.of(name, DocumentParts.bold(13), Align.LEFT).spaced(0, 2).keptWithNext();
            anchors.add(new Anchor(name, DocumentParts.bold(12), 0, heading));
            Text window = Text.of(messages.get("dossier.target.window", Formats.date(section.from()),
                    Formats.date(section.to()), section.units().size()), DocumentParts.italic(12), Align.LEFT)
                    .spaced(0, 4).keptWithNext();
            steps.add(flow -> flow.pageBreak().add(heading).add(window));
            int no = 1;
            for (DossierContent.UnitPart unit : section.units()) {
                Text unitHeading = Text.of(no++ + ". " + unit.unit().name(), DocumentParts.bold(12.5f), Align.LEFT)
                        .spaced(10, 3).keptWithNext();
                anchors.add(new Anchor(messages.get("dossier.contents.unit", unit.unit().name(), unit.records().size(),
                        unit.photoCount()), DocumentParts.serif(12), 18, unitHeading));
                steps.add(unit(unitHeading, unit, photos));
            }
        }
        return steps;
    }

    /** A unit's part, built once (photos are numbered as they are met) and added on every layout pass. */
    private Consumer<Flow> unit(Text heading, DossierContent.UnitPart unit, PhotoGrid photos) {
        if (unit.records().isEmpty()) {
            Text none = Text.of(messages.get("dossier.unit.none"), DocumentParts.italic(12), Align.LEFT);
            return flow -> flow.add(heading).add(none);
        }
        Table records = records(unit.records());
        List<Block> rows = photos.rows(unit.records());
        boolean hasFiles = unit.records().stream().anyMatch(r -> !r.files().isEmpty());
        Table files = hasFiles ? files(unit.records()) : null;
        return flow -> {
            flow.add(heading).add(records);
            if (!rows.isEmpty()) {
                flow.add(label("dossier.photos"));
                rows.forEach(flow::add);
            }
            if (files != null) {
                flow.add(label("dossier.files")).add(files);
            }
        };
    }

    private Table.Column column(String key, float weight, Align align) {
        return new Table.Column(messages.get(key), weight, align);
    }

    private Text label(String key) {
        return Text.of(messages.get(key), DocumentParts.italic(12), Align.LEFT).spaced(8, 4).keptWithNext();
    }

    private Table records(List<DossierContent.Entry> records) {
        Table table = new Table(List.of(
                column("dossier.col.no", 0.5f, Align.CENTER),
                column("dossier.col.date", 1.15f, Align.CENTER),
                column("dossier.col.unit", 1.5f, Align.LEFT),
                column("dossier.col.activity", 3.2f, Align.LEFT),
                column("dossier.col.recordedBy", 1.5f, Align.LEFT),
                column("dossier.col.evidence", 1.3f, Align.CENTER)),
                DocumentParts.bold(11), DocumentParts.serif(11));
        int no = 1;
        for (DossierContent.Entry entry : records) {
            table.row(String.valueOf(no++), Formats.date(entry.date()), entry.unitName(), text.activity(entry),
                    text.recordedBy(entry), text.evidence(entry));
        }
        return table;
    }

    private Table files(List<DossierContent.Entry> records) {
        Table table = new Table(List.of(
                column("dossier.col.no", 0.45f, Align.CENTER),
                column("dossier.col.file", 2.1f, Align.LEFT),
                column("dossier.col.fileOf", 2.2f, Align.LEFT),
                column("dossier.col.size", 1f, Align.RIGHT),
                column("dossier.col.sha", 2.6f, Align.LEFT)),
                DocumentParts.bold(11), DocumentParts.serif(10.5f));
        int no = 1;
        for (DossierContent.Entry entry : records) {
            for (Evidence file : entry.files()) {
                table.row(String.valueOf(no++), file.fileName(), Formats.date(entry.date()) + " – "
                        + text.activity(entry), text.size(file.sizeBytes()), DossierText.hash(file));
            }
        }
        return table;
    }
}
