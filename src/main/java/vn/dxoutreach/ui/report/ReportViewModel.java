package vn.dxoutreach.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.progress.ProgressEngine;
import vn.dxoutreach.report.ReportPdf;
import vn.dxoutreach.report.compose.DocxReport;
import vn.dxoutreach.report.compose.ReportComposer;
import vn.dxoutreach.report.compose.ReportContent;
import vn.dxoutreach.report.compose.SectionNotes;
import vn.dxoutreach.report.dossier.DossierCollector;
import vn.dxoutreach.report.dossier.DossierContent;
import vn.dxoutreach.report.dossier.DossierDocument;
import vn.dxoutreach.report.dossier.DossierProgress;
import vn.dxoutreach.report.page.PageSet;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.deadlines.NextDueViewModel;

/**
 * Báo cáo: what is due next, and the draft of a report. The user's paragraphs are remembered per
 * plan, type and year, so that regenerating the figures never loses them.
 */
final class ReportViewModel {

    private static final String ASSESSMENT = "assessment";
    private static final String DIRECTIONS = "directions";

    /**
     * Which report the screen shows: its paragraphs are kept under these.
     *
     * @param number the month or quarter of a monthly or quarterly report; 1 for the other types
     */
    record DraftKey(Plan plan, ReportType type, int year, int number) {

        /** A report with one period a year. */
        DraftKey(Plan plan, ReportType type, int year) {
            this(plan, type, year, 1);
        }
    }

    /** The user's own paragraphs of a report: parts II and III, and the notes under part I's activity sections. */
    record Paragraphs(String assessment, String directions, SectionNotes notes) {

        Paragraphs {
            assessment = assessment == null ? "" : assessment;
            directions = directions == null ? "" : directions;
            notes = notes == null ? SectionNotes.NONE : notes;
        }

        /** Each paragraph under the name it is kept by. */
        private Map<String, String> byName() {
            Map<String, String> byName = new java.util.HashMap<>();
            byName.put(ASSESSMENT, assessment);
            byName.put(DIRECTIONS, directions);
            for (ActivityKind kind : ActivityKind.values()) {
                byName.put(noteName(kind), notes.of(kind));
            }
            return byName;
        }
    }

    /** The name a note under a kind's section is kept by (the first three as they always were). */
    private static String noteName(ActivityKind kind) {
        return switch (kind) {
            case BROADCAST -> "radio";
            case BANNER -> "banners";
            case TEAM_SESSION -> "teams";
            case NEWS -> "news";
            case EVENT -> "events";
            case MATERIAL -> "materials";
        };
    }

    private final Store store;
    private final Messages messages;
    private final ProgressEngine engine;
    private DraftKey shown;

    ReportViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.engine = new ProgressEngine(store);
    }

    List<Plan> plans() {
        return store.plans.listNewestFirst();
    }

    LocalDate today() {
        return LocalDate.now(store.clock());
    }

    /** What is due next for the chosen plan, from the same engine as the drafts. */
    NextDueViewModel nextDue() {
        return new NextDueViewModel(store, engine, messages);
    }

    /**
     * Marks the plan's unsent deadline of this type and period as sent on the day given, when the office
     * says it sent the report (saving a draft never does); returns it, or nothing when no deadline matches.
     */
    Optional<ReportDeadline> markSent(Plan plan, ReportType type, LocalDate from, LocalDate to, LocalDate sentOn) {
        return store.deadlines.markSent(plan, type, from, to, sentOn);
    }

    /** What the screen says once a report is marked sent, or that no deadline of it waits. */
    String markedSentMessage(Optional<ReportDeadline> marked, LocalDate sentOn) {
        return marked.map(d -> messages.get("due.markedSent", d.title(messages), vn.dxoutreach.text.Formats.date(
                sentOn))).orElse(messages.get("due.noDeadlineToMark"));
    }

    /**
     * The screen turns to another plan, type or year: what the user wrote for the report shown so far
     * is kept for it, and the paragraphs kept for the next one are returned.
     */
    Paragraphs show(DraftKey next, Paragraphs written) {
        if (shown != null) {
            keep(written);
        }
        shown = next;
        return new Paragraphs(paragraph(next, ASSESSMENT), paragraph(next, DIRECTIONS), new SectionNotes(
                paragraph(next, noteName(ActivityKind.BROADCAST)), paragraph(next, noteName(ActivityKind.BANNER)),
                paragraph(next, noteName(ActivityKind.TEAM_SESSION)), paragraph(next, noteName(ActivityKind.NEWS)),
                paragraph(next, noteName(ActivityKind.EVENT)), paragraph(next, noteName(ActivityKind.MATERIAL))));
    }

    /** Keeps the user's paragraphs of the report shown. */
    void keep(Paragraphs written) {
        if (shown == null) {
            return;
        }
        Map<String, String> byKey = new java.util.HashMap<>();
        written.byName().forEach((which, text) -> byKey.put(key(shown, which), text));
        store.settings.putAll(byKey);
    }

    private String paragraph(DraftKey draft, String which) {
        return store.settings.get(key(draft, which)).orElse("");
    }

    /** The draft as the screen shows it, composed from the data (slow: call it off the FX thread). */
    String draftText(Plan plan, ReportType type, LocalDate from, LocalDate to, Paragraphs written) {
        return new DraftText(messages).of(draft(plan, type, from, to, written));
    }

    /** The report composed from the data with the user's paragraphs as written (slow: off the FX thread). */
    ReportContent draft(Plan plan, ReportType type, LocalDate from, LocalDate to, Paragraphs written) {
        return new ReportComposer(store, engine).compose(plan, type, from, to, written.assessment(),
                written.directions(), written.notes());
    }

    void export(ReportContent content, Path out) throws IOException {
        if (out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            new ReportPdf(messages).write(content, out);
        } else {
            new DocxReport(messages).write(content, out);
        }
    }

    /** Builds the evidence dossier of the plan over the period and writes it as a PDF; returns its page count. */
    int dossier(Plan plan, LocalDate from, LocalDate to, Path out, DossierProgress progress) throws IOException {
        DossierContent content = new DossierCollector(store, engine).collect(plan, from, to, progress);
        DossierDocument document = new DossierDocument(messages);
        PageSet pages = document.layout(content);
        document.writePdf(pages, out, progress);
        return pages.count();
    }

    /** What the screen says while a dossier is built: units gathered, then pages written. */
    String dossierProgress(DossierProgress.Stage stage, int done, int total) {
        return messages.get(stage == DossierProgress.Stage.COLLECT ? "dossier.progress.collect"
                : "dossier.progress.write", done, total);
    }

    private static String key(DraftKey draft, String which) {
        // one report a year keeps the key it always had
        String period = draft.type().isRecurring() ? draft.year() + "-" + draft.number() : String.valueOf(draft.year());
        return "report.draft." + draft.plan().id() + "." + draft.type() + "." + period + "." + which;
    }
}
