package vn.dxoutreach.ui.report;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.deadlines.NextDuePane;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.SaveFile;

/** Báo cáo: the deadlines ahead, then a report drafted from the data, edited, and saved as DOCX or PDF. */
public final class ReportView extends ScrollPane {

    /** The least width of the paragraphs and of the draft beside them. */
    private static final double SIDE_WIDTH = 240;

    private final UiContext context;
    private final Messages messages;
    private final ReportViewModel model;
    private final ComboBox<Plan> plan = new org.controlsfx.control.SearchableComboBox<>();
    private final ComboBox<ReportType> type;
    private final Spinner<Integer> year;
    private final PeriodNumber periodNumber;
    private final DatePicker from = vn.dxoutreach.ui.form.DayMonthYear.of(new DatePicker());
    private final DatePicker to = vn.dxoutreach.ui.form.DayMonthYear.of(new DatePicker());
    private final DatePicker sentOn = vn.dxoutreach.ui.form.DayMonthYear.of(new DatePicker());
    private final ParagraphsPane paragraphs;
    private final TextArea preview = new TextArea();
    private final Label dossierStatus = new Label();
    private final Button dossierButton;
    private final NextDuePane deadlines;
    private boolean settingPeriod;
    /** Key of the draft's "latest wins" work: only the latest request reaches the screen. */
    private final Object draftWork = new Object();

    public ReportView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ReportViewModel(context.store(), messages);
        this.paragraphs = new ParagraphsPane(messages);
        this.periodNumber = new PeriodNumber(messages);
        setId("report-view");
        setFitToWidth(true);
        Label title = new Label(messages.get("compose.nav"));
        title.getStyleClass().add("title-2");
        FormGrid grid = new FormGrid();
        deadlines = new NextDuePane(context, model.nextDue(), plan::getValue);
        grid.wide(deadlines);
        grid.section(messages.get("compose.section.report"));
        plan.setConverter(new StringConverter<>() {
            @Override
            public String toString(Plan p) {
                return p == null ? "" : p.symbol() + " – " + p.title();
            }

            @Override
            public Plan fromString(String text) {
                return null;
            }
        });
        plan.getItems().setAll(model.plans());
        grid.add(messages.get("compose.plan"), plan);
        type = grid.add(messages.get("compose.type"), Choices.of(List.of(ReportType.values()),
                t -> messages.get(typeKey(t))));
        year = new Spinner<>(2000, 2100, model.today().getYear());
        year.setPrefWidth(110);
        from.setPrefWidth(150);
        to.setPrefWidth(150);
        // the year and the period on one line: the draft below gets the height of a laptop screen
        HBox period = new HBox(10, year, periodNumber, fixedLabel("compose.from"), from, fixedLabel("compose.to"),
                to);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.add(messages.get("compose.year"), period);
        Button draft = new Button(messages.get("compose.draft"));
        draft.setId("report-draft");
        draft.getStyleClass().add("accent");
        draft.setOnAction(e -> draft());
        Button docx = new Button(messages.get("compose.saveDocx"));
        docx.setId("report-docx");
        docx.setOnAction(e -> export("*.docx"));
        Button pdf = new Button(messages.get("compose.savePdf"));
        pdf.setId("report-pdf");
        pdf.setOnAction(e -> export("*.pdf"));
        dossierButton = new Button(messages.get("dossier.button"));
        dossierButton.setId("report-dossier");
        dossierButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("dossier.button.hint")));
        dossierButton.setOnAction(e -> dossier());
        dossierStatus.getStyleClass().add("text-muted");
        HBox actions = new HBox(10, draft, docx, pdf, dossierButton, dossierStatus);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.wide(actions);
        sentOn.setValue(model.today());
        Button sent = new Button(messages.get("compose.markSent"));
        sent.setId("report-mark-sent");
        sent.setOnAction(e -> markSent());
        HBox sending = new HBox(10, new Label(messages.get("compose.sentOn")), sentOn, sent);
        sending.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.wide(sending);
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(16);
        preview.setPrefColumnCount(20);
        grid.wide(writingBesideDraft());
        VBox content = new VBox(12, title, grid);
        content.setPadding(new Insets(16));
        setContent(content);
        plan.valueProperty().addListener((o, a, p) -> showDeadlines());
        type.valueProperty().addListener((o, a, t) -> typeChanged(t));
        year.valueProperty().addListener((o, a, y) -> periodChanged());
        periodNumber.valueProperty().addListener((o, a, n) -> periodChanged());
        from.valueProperty().addListener((o, a, d) -> refreshDraft());
        to.valueProperty().addListener((o, a, d) -> refreshDraft());
        if (!plan.getItems().isEmpty()) {
            plan.getSelectionModel().selectFirst();
        }
        type.setValue(ReportType.EVENT);
    }

    private Label fixedLabel(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The user's paragraphs on the left, the draft they go into on the right. */
    private SplitPane writingBesideDraft() {
        VBox writing = new VBox(6, sectionTitle(messages.get("compose.own")), paragraphs);
        VBox draft = new VBox(6, sectionTitle(messages.get("compose.preview")), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        // the sides' widths come from the divider alone, not from the longest title or line in them
        for (VBox side : List.of(writing, draft)) {
            side.setMinWidth(SIDE_WIDTH);
            side.setPrefWidth(SIDE_WIDTH);
        }
        SplitPane split = new SplitPane(writing, draft);
        split.setDividerPositions(0.55);
        return split;
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(FormGrid.SECTION_STYLE);
        return label;
    }

    private void showDeadlines() {
        deadlines.refresh();
        periodChanged();
    }

    /** A monthly or quarterly report starts at the month or quarter whose report is due about now. */
    private void typeChanged(ReportType t) {
        settingPeriod = true;
        if (t != null && t.isRecurring()) {
            ReportType.YearPeriod around = t.periodReportedAround(model.today());
            periodNumber.showFor(t, around.number());
            year.getValueFactory().setValue(around.year());
        } else {
            periodNumber.showFor(t, 1);
        }
        settingPeriod = false;
        periodChanged();
    }

    /**
     * A new plan, report type, year, month or quarter: its default period, the user's paragraphs kept for it (those
     * of the report shown so far are kept first), and its draft.
     */
    private void periodChanged() {
        Plan p = plan.getValue();
        ReportType t = type.getValue();
        if (p == null || t == null || settingPeriod) {
            return;
        }
        int y = year.getValue();
        int n = periodNumber.value();
        ReportViewModel.Paragraphs kept = model.show(new ReportViewModel.DraftKey(p, t, y, n),
                paragraphs.paragraphs());
        settingPeriod = true;
        from.setValue(t.periodFrom(y, n));
        to.setValue(t.periodTo(y, n));
        settingPeriod = false;
        paragraphs.show(kept);
        refreshDraft();
    }

    private void keepParagraphs() {
        model.keep(paragraphs.paragraphs());
    }

    private boolean complete() {
        return plan.getValue() != null && type.getValue() != null && from.getValue() != null && to.getValue() != null
                && !to.getValue().isBefore(from.getValue());
    }

    private boolean ready() {
        if (!complete()) {
            context.dialogs().info(messages.get("compose.incomplete"));
            return false;
        }
        return true;
    }

    private void draft() {
        if (!ready()) {
            return;
        }
        keepParagraphs();
        refreshDraft();
    }

    /** Composes the draft of the chosen report off the FX thread; only the latest request reaches the screen. */
    private void refreshDraft() {
        if (settingPeriod || !complete()) {
            return;
        }
        Plan p = plan.getValue();
        ReportType t = type.getValue();
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        ReportViewModel.Paragraphs written = paragraphs.paragraphs();
        BackgroundTask.of(() -> model.draftText(p, t, a, b, written)).latest(draftWork).onSuccess(preview::setText).run(context.dialogs(), messages.get("compose.failed"));
    }

    private void export(String pattern) {
        if (!ready()) {
            return;
        }
        keepParagraphs();
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName("bao-cao-" + year.getValue() + pattern.substring(1));
        File file = context.saveFile(chooser, vn.dxoutreach.ui.UiSettings.REPORT);
        if (file == null) {
            return;
        }
        Plan p = plan.getValue();
        ReportType t = type.getValue();
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        ReportViewModel.Paragraphs written = paragraphs.paragraphs();
        // a saved draft waits for the leader's signature: the deadline stays open until it is marked sent
        BackgroundTask.of(() -> {
            model.export(model.draft(p, t, a, b, written), file.toPath());
            return file;
        }).onSuccess(saved -> context.dialogs().fileSaved(messages.get("dashboard.saved", saved), saved.toPath()))
                .run(context.dialogs(), messages.get("compose.failed"));
    }

    /** Marks the chosen report's deadline as sent on the day given: an act of its own, after signing. */
    private void markSent() {
        if (!ready()) {
            return;
        }
        Plan p = plan.getValue();
        ReportType t = type.getValue();
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        LocalDate day = sentOn.getValue() == null ? model.today() : sentOn.getValue();
        BackgroundTask.of(() -> model.markSent(p, t, a, b, day)).onSuccess(marked -> {
            context.dialogs().info(model.markedSentMessage(marked, day));
            marked.ifPresent(d -> deadlines.refresh());
        }).run(context.dialogs(), messages.get("compose.failed"));
    }

    /** The evidence dossier of the chosen plan and period, built off the FX thread with its progress beside the button. */
    private void dossier() {
        if (!ready()) {
            return;
        }
        Plan p = plan.getValue();
        LocalDate a = from.getValue();
        LocalDate b = to.getValue();
        String name = "ho-so-minh-chung-" + Formats.fileName(p.symbol()) + "-" + a.getYear() + ".pdf";
        SaveFile.as(context, vn.dxoutreach.ui.UiSettings.REPORT, "*.pdf", name, file -> {
            javafx.application.Platform.runLater(() -> {
                dossierButton.setDisable(true);
                dossierStatus.setText(messages.get("dossier.progress.start"));
            });
            model.dossier(p, a, b, file, (stage, done, total) -> {
                String text = model.dossierProgress(stage, done, total);
                javafx.application.Platform.runLater(() -> dossierStatus.setText(text));
            });
        }, () -> {
            dossierButton.setDisable(false);
            dossierStatus.setText("");
        });
    }

    private static String typeKey(ReportType type) {
        return switch (type) {
            case EVENT -> "compose.type.event";
            case HALF_YEAR -> "compose.type.halfYear";
            case YEAR -> "compose.type.year";
            case MONTHLY -> "compose.type.monthly";
            case QUARTERLY -> "compose.type.quarterly";
            case CUSTOM -> "compose.type.custom";
        };
    }
}
