package vn.dxoutreach.ui.exchange;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.dxoutreach.domain.ApplicationVersion;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.ui.activity.ActivityColumns;
import vn.dxoutreach.ui.form.TableColumns;
import vn.dxoutreach.ui.form.TableExportAction;
import vn.dxoutreach.exchange.pkg.MergePreview;
import vn.dxoutreach.exchange.pkg.PackageRefused;
import vn.dxoutreach.store.ExchangeStateRepository.ReceivedPackage;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FormGrid;

/** Trao đổi dữ liệu: send a package up or down, receive one with a preview, see what arrived. */
public final class ExchangeView extends ScrollPane {

    private final UiContext context;
    private final Messages messages;
    private final ExchangeViewModel model;
    /** Rows are about 38 px; the preview table grows to show every line without a scroll bar of its own. */
    private static final double PREVIEW_ROW = 38;
    private final TableView<PreviewLines.Line> previewTable = new TableView<>();
    private final Label previewHeading = new Label();
    private final TableView<ReceivedPackage> receivedTable = new TableView<>();
    private final Button apply = new Button();
    private final ConflictsViewModel conflicts;
    private final ConflictsPane conflictsPane;
    private MergePreview preview;

    public ExchangeView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ExchangeViewModel(context.store(), ApplicationVersion.current());
        this.conflicts = new ConflictsViewModel(context.store(), messages);
        this.conflictsPane = new ConflictsPane(conflicts, messages, apply);
        setId("exchange-view");
        setFitToWidth(true);
        Label title = new Label(messages.get("exchange.nav"));
        title.getStyleClass().add("title-2");
        VBox content = new VBox(16, title, sendSection(), receiveSection(), receivedSection());
        content.setPadding(new Insets(24));
        setContent(content);
        refreshReceived();
    }

    private VBox sendSection() {
        FormGrid grid = new FormGrid();
        grid.section(messages.get("exchange.send.section"));
        grid.wide(new Label(messages.get("exchange.send.hint"))).setWrapText(true);
        ComboBox<Unit> recipient = grid.add(messages.get("exchange.send.recipient"),
                new org.controlsfx.control.SearchableComboBox<>());
        recipient.getItems().setAll(model.recipients());
        recipient.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? "" : unit.code() + " – " + unit.name();
            }

            @Override
            public Unit fromString(String text) {
                return null;
            }
        });
        if (!recipient.getItems().isEmpty()) {
            recipient.getSelectionModel().selectFirst();
        }
        DatePicker since = grid.add(messages.get("exchange.send.since"), vn.dxoutreach.ui.form.DayMonthYear.of(new DatePicker()));
        since.setPromptText(messages.get("exchange.send.sincePrompt"));
        Button send = new Button(messages.get("exchange.send.button"));
        send.setId("exchange-send");
        send.getStyleClass().add("accent");
        send.setOnAction(e -> send(recipient.getValue(), since.getValue()));
        grid.wide(send);
        return new VBox(grid);
    }

    private void send(Unit recipient, LocalDate since) {
        if (recipient == null) {
            context.dialogs().info(messages.get("exchange.send.noRecipient"));
            return;
        }
        FileChooser chooser = chooser();
        chooser.setInitialFileName(recipient.code() + "-" + LocalDate.now(context.clock()) + ".dxo");
        File file = context.saveFile(chooser, vn.dxoutreach.ui.UiSettings.PACKAGE);
        if (file == null) {
            return;
        }
        BackgroundTask.of(() -> model.send(recipient, since, file.toPath()))
                .onSuccess(summary -> context.dialogs().fileSaved(messages.get("exchange.send.done", file.getName(),
                        summary.records(), summary.evidenceFiles()), file.toPath()))
                .run(context.dialogs(), messages.get("exchange.send.failed"));
    }

    private VBox receiveSection() {
        Label heading = new Label(messages.get("exchange.receive.section"));
        heading.getStyleClass().add(FormGrid.SECTION_STYLE);
        Label hint = new Label(messages.get("exchange.receive.hint"));
        hint.setWrapText(true);
        Button choose = new Button(messages.get("exchange.receive.choose"));
        choose.setId("exchange-receive-choose");
        choose.setOnAction(e -> choosePackage());
        apply.setText(messages.get("exchange.receive.apply"));
        apply.getStyleClass().add("accent");
        apply.setDisable(true);
        apply.setOnAction(e -> receive());
        previewTable.getColumns().setAll(List.of(
                TableColumns.of(messages.get("exchange.column.kind"), PreviewLines.Line::kind, 220),
                TableColumns.of(messages.get("exchange.column.added"), row -> Formats.number(row.counts().added()), 110),
                TableColumns.of(messages.get("exchange.column.updated"), row -> Formats.number(row.counts().updated()), 110),
                TableColumns.of(messages.get("exchange.column.deleted"), row -> Formats.number(row.counts().deleted()), 110),
                TableColumns.of(messages.get("exchange.column.conflicts"), row -> Formats.number(row.counts().conflicts()), 110)));
        previewTable.setFixedCellSize(PREVIEW_ROW);
        previewTable.setPrefHeight(PREVIEW_ROW * 5);
        previewHeading.getStyleClass().add("text-bold");
        previewHeading.setWrapText(true);
        previewTable.setPlaceholder(new Label(messages.get("exchange.preview.empty")));
        previewTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return new VBox(8, heading, hint, new HBox(12, choose, apply), previewHeading, previewTable, conflictsPane);
    }

    private void choosePackage() {
        File file = context.openFile(chooser(), vn.dxoutreach.ui.UiSettings.PACKAGE);
        if (file == null) {
            return;
        }
        apply.setDisable(true);
        clearPreview();
        conflicts.clear();
        BackgroundTask.of(() -> model.preview(file.toPath()))
                .onSuccess(this::showPreview)
                .onFailure(error -> {
                    if (error instanceof PackageRefused refused) {
                        context.dialogs().error(messages.get(refused.key(), refused.args()), null);
                    } else {
                        context.dialogs().error(messages.get("exchange.receive.failed"), error);
                    }
                })
                .run(context.dialogs(), messages.get("exchange.receive.failed"));
    }

    private void showPreview(MergePreview loaded) {
        preview = loaded;
        List<PreviewLines.Line> lines = PreviewLines.of(loaded, messages);
        previewTable.getItems().setAll(lines);
        previewTable.setPrefHeight(PREVIEW_ROW * (lines.size() + 1) + 4);
        previewHeading.setText(PreviewLines.heading(loaded, messages));
        conflicts.show(loaded);
        if (!loaded.conflicts().isEmpty()) {
            javafx.application.Platform.runLater(this::scrollToConflicts);
        }
        apply.setDisable(loaded.changesNothing());
        if (loaded.changesNothing()) {
            // nothing to choose or confirm; its arrival still counts for who has reported
            BackgroundTask.of(() -> {
                model.receive(loaded, conflicts.choices());
                return loaded;
            }).onSuccess(done -> {
                context.dialogs().info(messages.get("exchange.receive.nothingRecorded", done.senderName()));
                refreshReceived();
            }).run(context.dialogs(), messages.get("exchange.receive.failed"));
        }
    }

    private void receive() {
        MergePreview.Counts total = preview.total();
        String question = messages.get("exchange.receive.confirm", preview.senderName(), total.added(),
                total.updated(), total.deleted(), total.conflicts());
        if (!context.dialogs().confirm(conflicts.rows().isEmpty() ? question : question + "\n" + conflicts.summary())) {
            return;
        }
        MergePreview chosen = preview;
        var choices = conflicts.choices();
        apply.setDisable(true);
        BackgroundTask.of(() -> {
            model.receive(chosen, choices);
            return chosen;
        }).onSuccess(done -> {
            context.dialogs().info(messages.get("exchange.receive.done", done.senderName()));
            clearPreview();
            conflicts.clear();
            refreshReceived();
        }).run(context.dialogs(), messages.get("exchange.receive.failed"));
    }

    private void clearPreview() {
        previewTable.getItems().clear();
        previewTable.setPrefHeight(PREVIEW_ROW * 5);
        previewHeading.setText("");
    }

    /** The conflicts wait for a choice: bring them into view. */
    private void scrollToConflicts() {
        layout();
        double content = getContent().getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        double top = conflictsPane.localToScene(0, 0).getY() - getContent().localToScene(0, 0).getY();
        setVvalue(Math.min(1, Math.max(0, top / Math.max(1, content - viewport))));
    }

    private VBox receivedSection() {
        Label heading = new Label(messages.get("exchange.received.section"));
        heading.getStyleClass().add(FormGrid.SECTION_STYLE);
        ActivityColumns<ReceivedPackage> typed = new ActivityColumns<>(messages);
        receivedTable.getColumns().setAll(List.of(
                TableColumns.of(messages.get("exchange.column.sender"), p -> model.unitName(p.senderUnit()), 280),
                TableColumns.of(messages.get("exchange.column.period"),
                        p -> Formats.date(p.periodFrom()) + " – " + Formats.date(p.periodTo()), 200),
                typed.date("exchange.column.receivedAt",
                        p -> Instant.ofEpochMilli(p.receivedAt()).atZone(ZoneId.systemDefault()).toLocalDate()),
                typed.number("exchange.column.records", p -> Math.toIntExact(p.records()))));
        receivedTable.setPrefHeight(240);
        receivedTable.setPlaceholder(new Label(messages.get("exchange.received.empty")));
        receivedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button log = new Button(messages.get("exchange.log.open"));
        log.setId("exchange-conflict-log");
        log.setOnAction(e -> context.dialogs().form(messages.get("exchange.log.title"),
                new ConflictLogView(new ConflictLogViewModel(context.store(), messages), messages, context.dialogs()),
                () -> true));
        return new VBox(8, heading, receivedTable,
                new HBox(10, log, TableExportAction.button(context, receivedTable, "goi-du-lieu-da-nhan")));
    }

    private void refreshReceived() {
        BackgroundTask.of(model::received).onSuccess(receivedTable.getItems()::setAll)
                .run(context.dialogs(), messages.get("exchange.receive.failed"));
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.file.type"), "*.dxo"));
        return chooser;
    }
}
