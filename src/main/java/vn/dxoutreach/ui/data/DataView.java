package vn.dxoutreach.ui.data;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.dxoutreach.exchange.Progress;
import vn.dxoutreach.exchange.export.TableExport;
import vn.dxoutreach.exchange.imports.ImportPreview;
import vn.dxoutreach.exchange.imports.ImportProblem;
import vn.dxoutreach.exchange.imports.Importer;
import vn.dxoutreach.exchange.template.TemplateWorkbook;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.SaveFile;
import vn.dxoutreach.ui.form.TableColumns;

/**
 * Dữ liệu: import Excel/CSV files in the template's form (all or nothing, every problem listed and
 * savable to send back), save the template, back up and restore.
 */
public final class DataView extends ScrollPane {

    private final UiContext context;
    private final Messages messages;
    private final DataViewModel backups;
    private final TableView<ImportProblem> problems = new TableView<>();
    private final Label result = new Label();
    private final javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(0);
    private final Button cancel = new Button();
    private BarProgress progress;

    public DataView(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.backups = new DataViewModel(context.store(), context.clock());
        setId("data-view");
        setFitToWidth(true);
        Label title = new Label(messages.get("data.nav"));
        title.getStyleClass().add("title-2");
        VBox content = new VBox(14, title, importSection(), backupSection());
        content.setPadding(new Insets(24));
        setContent(content);
    }

    private VBox importSection() {
        Label heading = new Label(messages.get("data.import.section"));
        heading.getStyleClass().add(FormGrid.SECTION_STYLE);
        Label hint = new Label(messages.get("data.import.hint"));
        hint.setWrapText(true);
        Button choose = new Button(messages.get("data.import.choose"));
        choose.setId("data-import");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel / CSV", "*.xlsx", "*.csv"));
            List<File> files = context.openFiles(chooser, vn.dxoutreach.ui.UiSettings.IMPORT);
            if (files != null) {
                importFiles(files.stream().map(File::toPath).toList());
            }
        });
        Button template = new Button(messages.get("data.template.save"));
        template.setOnAction(e -> saveTemplate());
        Button exportAll = new Button(messages.get("data.export.all"));
        exportAll.setOnAction(e -> exportAll());
        Button saveProblems = new Button(messages.get("data.problems.save"));
        saveProblems.setOnAction(e -> saveProblems());
        problems.getColumns().setAll(List.of(
                TableColumns.of(messages.get("data.col.sheet"), ImportProblem::sheet, 150),
                TableColumns.of(messages.get("data.col.row"), ImportProblem::rowLabel, 60),
                TableColumns.of(messages.get("data.col.column"), ImportProblem::column, 150),
                TableColumns.of(messages.get("data.col.value"), ImportProblem::value, 140),
                TableColumns.of(messages.get("data.col.reason"), ImportProblem::reason, 460)));
        // the reason takes what is left of the width, so that it reads without scrolling sideways
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label(messages.get("data.problems.none")));
        problems.setPrefHeight(260);
        result.setWrapText(true);
        cancel.setText(messages.get("data.import.cancel"));
        cancel.setOnAction(e -> {
            if (progress != null) {
                progress.cancel();
            }
        });
        bar.setPrefWidth(320);
        HBox running = new HBox(10, bar, cancel);
        running.visibleProperty().bind(cancel.disableProperty().not());
        running.managedProperty().bind(running.visibleProperty());
        cancel.setDisable(true);
        VBox box = new VBox(8, heading, hint, new HBox(10, choose, template, exportAll, saveProblems), running, result,
                problems);
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        box.setOnDragDropped(e -> {
            if (e.getDragboard().hasFiles()) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(true);
            e.consume();
        });
        return box;
    }

    /** Checks every row first; asks before updating existing records; writes all or nothing. */
    private void importFiles(List<Path> files) {
        result.setText(messages.get("data.import.checking"));
        Importer importer = new Importer(context.store(), messages);
        progress = new BarProgress(bar);
        BarProgress watching = progress;
        bar.setProgress(javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS);
        cancel.setDisable(false);
        BackgroundTask.of(() -> importer.check(files, watching)).onFailure(error -> {
            cancel.setDisable(true);
            if (error instanceof Progress.Cancelled) {
                result.setText(messages.get("data.import.cancelled"));
            } else {
                context.dialogs().error(messages.get("data.import.failed"), error);
            }
        }).onSuccess(preview -> {
            cancel.setDisable(true);
            problems.getItems().setAll(preview.problems());
            if (preview.hasProblems()) {
                result.setText(messages.get("data.import.refused", preview.problems().size()));
                return;
            }
            if (!preview.changesSomething()) {
                result.setText(messages.get("data.import.nothingNew"));
                return;
            }
            if (preview.updated() > 0 && !context.dialogs().confirm(messages.get("data.import.confirmUpdates",
                    preview.added(), preview.updated()))) {
                result.setText(messages.get("data.import.cancelled"));
                return;
            }
            write(importer, preview);
        }).run(context.dialogs(), messages.get("data.import.failed"));
    }

    private void write(Importer importer, ImportPreview preview) {
        BackgroundTask.of(() -> importer.write(preview)).onSuccess(done -> result.setText(
                messages.get("data.import.done", done.added(), done.updated(), done.unchanged())))
                .run(context.dialogs(), messages.get("data.import.failed"));
    }

    private void saveProblems() {
        if (problems.getItems().isEmpty()) {
            context.dialogs().info(messages.get("data.problems.none"));
            return;
        }
        List<List<Object>> rows = problems.getItems().stream()
                .map(p -> List.<Object>of(p.sheet(), p.wholeFile() ? "" : p.row(), p.column(), p.value(), p.reason())).toList();
        List<String> headers = List.of(messages.get("data.col.sheet"), messages.get("data.col.row"),
                messages.get("data.col.column"), messages.get("data.col.value"), messages.get("data.col.reason"));
        SaveFile.as(context, vn.dxoutreach.ui.UiSettings.EXPORT, "*.xlsx", "danh-sach-loi.xlsx", file -> TableExport.write(file, headers, rows));
    }

    private void exportAll() {
        var result = new java.util.concurrent.atomic.AtomicReference<vn.dxoutreach.exchange.export.ExportResult>();
        SaveFile.as(context, vn.dxoutreach.ui.UiSettings.EXPORT, "*.xlsx", "toan-bo-du-lieu.xlsx",
                file -> result.set(new vn.dxoutreach.exchange.export.DatabaseExport(context.store()).write(file)),
                () -> {
                    // a sheet continued in another, or texts cut to Excel's limits: said before "saved"
                    if (result.get() != null && result.get().needsNotice()) {
                        context.dialogs().info(String.join("\n", result.get().notices(messages)));
                    }
                });
    }

    private void saveTemplate() {
        SaveFile.as(context, vn.dxoutreach.ui.UiSettings.EXPORT, "*.xlsx", "mau-nhap-lieu.xlsx", TemplateWorkbook::write);
    }

    private VBox backupSection() {
        Label heading = new Label(messages.get("data.backup.section"));
        heading.getStyleClass().add(FormGrid.SECTION_STYLE);
        Label hint = new Label();
        hint.setWrapText(true);
        BackgroundTask.of(backups::backupPlace).onSuccess(place -> hint.setText(messages.get("data.backup.hint",
                place.kept(), place.folder()))).run(context.dialogs(), messages.get("dialog.error.unexpected"));
        Button backup = new Button(messages.get("data.backup.save"));
        backup.setId("data-backup");
        backup.setOnAction(e -> {
            SaveFile.as(context, vn.dxoutreach.ui.UiSettings.BACKUP, "*.zip",
                    "sao-luu-" + java.time.LocalDate.now(context.clock()) + ".zip", backups::backup);
        });
        Button restore = new Button(messages.get("data.restore.choose"));
        restore.setOnAction(e -> restore());
        return new VBox(8, heading, hint, new HBox(10, backup, restore));
    }

    private void restore() {
        File file = context.openFile(chooser("*.zip", null), vn.dxoutreach.ui.UiSettings.BACKUP);
        if (file == null || !context.dialogs().confirm(messages.get("data.restore.confirm", file.getName()))) {
            return;
        }
        try {
            backups.restore(file.toPath());
            context.dialogs().info(messages.get("data.cli.restored", file));
        } catch (Exception error) {
            DataViewModel.knownFailure(error, file.toPath(), messages).ifPresentOrElse(
                    known -> context.dialogs().error(known, null),
                    () -> context.dialogs().error(messages.get("data.restore.failed"), error));
        }
    }

    private FileChooser chooser(String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        if (name != null) {
            chooser.setInitialFileName(name);
        }
        return chooser;
    }
}
