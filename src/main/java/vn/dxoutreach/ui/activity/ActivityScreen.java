package vn.dxoutreach.ui.activity;

import vn.dxoutreach.domain.ActivityRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.ActivityQuery;
import vn.dxoutreach.store.ActivityRepository;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * One activity screen, the same for broadcasts, banners and team sessions: the filtered table on
 * the left, the form on the right. Every store access runs in a {@link BackgroundTask}; every edit
 * is an {@link EditCommand} in the screen's {@link UndoHistory}.
 */
public final class ActivityScreen<T extends ActivityRecord, V extends ActivityFormViewModel<T>> extends BorderPane {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Inside a text input: the field's own undo of typing. Never a record's. */
    private static final KeyCombination UNDO_TYPING = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Outside a text input: undo the latest record edit; inside one: redo typing. */
    private static final KeyCombination UNDO_RECORD = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** Outside a text input: redo the latest undone record edit; inside one: redo typing. */
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final Messages messages;
    private final ActivityDefinition<T, V> definition;
    private final ActivityRepository<T> repository;
    private final UndoHistory history = new UndoHistory();
    private V viewModel;
    private ActivityFilterBar filter;
    private ActivityTable<T> table;
    private ActivityFormPane<T, V> form;
    private OfficeUnits units;
    /** Key of the table's "latest wins" load: an older answer arriving late is dropped. */
    private final Object tableWork = new Object();
    /** The table is being given its rows again: the form keeps what the user is typing. */
    private boolean reloadingRows;
    /** A save is on its way to the store: a second Enter must not save the record twice. */
    private boolean saving;

    public ActivityScreen(UiContext context, ActivityDefinition<T, V> definition) {
        this.context = context;
        this.messages = context.messages();
        this.definition = definition;
        this.repository = definition.repository();
        Optional<Unit> office = context.office().unit();
        if (office.isEmpty()) {
            Label missing = new Label(messages.get("activity.noOffice"));
            missing.setPadding(new Insets(24));
            setCenter(missing);
            return;
        }
        units = new OfficeUnits(context.store().units.tree(), office.get());
        build(units);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        viewModel.startNew();
        // records of this kind written anywhere (an import, a package, another screen) show at once
        DataKind shown = DataKind.of(definition.kind());
        vn.dxoutreach.ui.ScreenRefresh.install(this, context, change -> change.touches(shown), this::refresh);
        // screens stay built while the user is elsewhere: reload whenever the screen is shown again
        parentProperty().addListener((obs, old, parent) -> {
            if (parent != null) {
                refresh();
            }
        });
    }

    private void build(OfficeUnits units) {
        viewModel = definition.createViewModel(units);
        viewModel.recorder(context.store().settings::recorderName);
        ActivityColumns<T> columns = new ActivityColumns<>(messages);
        List<TableColumn<T, ?>> all = new ArrayList<>();
        all.add(columns.text("activity.column.unit", r -> units.label(viewModel.metaOf(r).unitId(), messages), 170));
        all.add(columns.date(definition.dateLabelKey(), viewModel::dateOf));
        all.addAll(definition.columns(columns));
        table = new ActivityTable<>(messages, all);
        table.addFooter(vn.dxoutreach.ui.form.TableExportAction.button(context, table.view(),
                vn.dxoutreach.text.Formats.fileName(messages.get(definition.titleKey()))));
        openLinksWithEnter();
        table.rememberColumns(context.remembered(), "columns." + definition.kind().name().toLowerCase(java.util.Locale.ROOT));
        filter = new ActivityFilterBar(messages, units, this::refresh);
        Label title = new Label(messages.get(definition.titleKey()));
        title.getStyleClass().add("title-2");
        VBox left = new VBox(8, title, filter, table);
        left.setPadding(new Insets(16, 8, 12, 16));
        VBox.setVgrow(table, Priority.ALWAYS);

        form = new ActivityFormPane<>(context, definition, viewModel);
        form.save.setOnAction(e -> save());
        form.create.setOnAction(e -> startNew());
        form.cancel.setOnAction(e -> startNew());
        form.delete.setOnAction(e -> delete());
        form.undo.setOnAction(e -> undo());
        form.undo.disableProperty().bind(history.canUndoProperty().not());
        form.redo.setOnAction(e -> redo());
        form.redo.disableProperty().bind(history.canRedoProperty().not());
        named(form.undo, "activity.action.undo", "activity.undo.named", history.nextUndoProperty());
        named(form.redo, "activity.action.redo", "activity.redo.named", history.nextRedoProperty());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setMinWidth(340);
        table.view().getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !reloadingRows) {
                viewModel.edit(row);
                form.grid().revealAll();
                form.status("");
            }
        });
        SplitPane split = new SplitPane(left, formScroll);
        context.remembered().divider(split, "activity." + definition.kind().name().toLowerCase(java.util.Locale.ROOT), 0.6);
        setCenter(split);
    }

    /** Enter on a table row opens the record's web address, for a kind whose records have one. */
    private void openLinksWithEnter() {
        java.util.function.Function<T, String> link = definition.linkOf();
        if (link == null) {
            return;
        }
        table.view().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            T row = table.view().getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && row != null
                    && !link.apply(row).isBlank()) {
                context.dialogs().browse(link.apply(row));
                event.consume();
            }
        });
    }

    /**
     * The button's tooltip says what it will take back or do again ("Hoàn tác: thêm phát thanh
     * 12/10/2026 – Xã B"); its text stays short, since a long one widened the form past its pane.
     */
    private void named(javafx.scene.control.Button button, String plainKey, String namedKey,
            javafx.beans.value.ObservableStringValue next) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        button.setTooltip(tip);
        Runnable show = () -> {
            String what = next.get();
            tip.setText(what == null || what.isBlank() ? messages.get(plainKey) : messages.get(namedKey, what));
        };
        next.addListener(o -> show.run());
        show.run();
    }

    private void shortcut(KeyEvent event) {
        TextInputControl typing = textInput(event);
        if (NEW.match(event)) {
            startNew();
        } else if (FIND.match(event)) {
            filter.focusText();
        } else if (SAVE.match(event)) {
            save();
        } else if (typing != null && (UNDO_TYPING.match(event) || UNDO_RECORD.match(event) || REDO.match(event))) {
            // typing is undone in the field; saved records are never touched from inside a text input
            if (UNDO_TYPING.match(event)) {
                typing.undo();
            } else {
                typing.redo();
            }
        } else if (UNDO_RECORD.match(event)) {
            undo();
        } else if (REDO.match(event)) {
            redo();
        } else if (UNDO_TYPING.match(event)) {
            // a reflex Ctrl+Z outside a text field does nothing rather than take back a saved record
            form.status(messages.get("activity.status.undoKeys"));
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && inForm(event) && !popupOpen(event)) {
            save();
        } else if (event.getCode() == KeyCode.ESCAPE && !popupOpen(event)) {
            startNew();
        } else {
            return;
        }
        event.consume();
    }

    private boolean inForm(KeyEvent event) {
        for (Node n = target(event); n != null; n = n.getParent()) {
            if (n == form) {
                return true;
            }
        }
        return false;
    }

    /** Enter and Esc belong to an open drop-down list or calendar first. */
    private static boolean popupOpen(KeyEvent event) {
        for (Node n = target(event); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?> box && box.isShowing()) {
                return true;
            }
        }
        return false;
    }

    /** The text input the key went to: a text field, or the editor of an editable picker. */
    private static TextInputControl textInput(KeyEvent event) {
        Node target = target(event);
        if (target instanceof TextInputControl text) {
            return text;
        }
        if (target instanceof ComboBoxBase<?> box && box.isEditable()) {
            if (box instanceof javafx.scene.control.ComboBox<?> combo) {
                return combo.getEditor();
            }
            if (box instanceof javafx.scene.control.DatePicker picker) {
                return picker.getEditor();
            }
        }
        return null;
    }

    private static Node target(KeyEvent event) {
        return event.getTarget() instanceof Node node ? node : null;
    }

    /** Reloads the table with the filter's query; an older answer arriving late is dropped. */
    public void refresh() {
        ActivityQuery query = filter.query();
        table.loading();
        BackgroundTask.of(() -> repository.find(query)).latest(tableWork)
                .onSuccess(rows -> showKeepingSelection(rows, query.limit(), filter.narrowed()))
                .run(context.dialogs(), messages.get("activity.error.load"));
    }

    /** New rows, the selected record still selected (by id) and the form left as the user has it. */
    private void showKeepingSelection(List<T> rows, int limit, boolean filtered) {
        T selected = table.view().getSelectionModel().getSelectedItem();
        reloadingRows = true;
        try {
            table.show(rows, limit, filtered);
            if (selected != null) {
                java.util.UUID id = viewModel.metaOf(selected).id();
                table.view().getItems().stream().filter(r -> viewModel.metaOf(r).id().equals(id)).findFirst()
                        .ifPresent(table.view().getSelectionModel()::select);
            }
        } finally {
            reloadingRows = false;
        }
    }

    /** "thêm phát thanh 12/10/2026 – Xã Bình Minh": what an edit of the record did, for undo and redo. */
    private String describe(String verbKey, T record) {
        String noun = switch (definition.kind()) {
            case BROADCAST -> messages.get("activity.edit.broadcast");
            case BANNER -> messages.get("activity.edit.banner");
            case TEAM_SESSION -> messages.get("activity.edit.session");
            case NEWS -> messages.get("activity.edit.news");
            case EVENT -> messages.get("activity.edit.event");
            case MATERIAL -> messages.get("activity.edit.material");
        };
        return messages.get(verbKey, noun, vn.dxoutreach.text.Formats.date(viewModel.dateOf(record)),
                units.label(viewModel.metaOf(record).unitId(), messages));
    }

    private void startNew() {
        table.view().getSelectionModel().clearSelection();
        viewModel.startNew();
        form.grid().reset();
        form.status("");
        form.focusFirstField();
    }

    private void save() {
        if (saving) {
            return;
        }
        form.grid().revealAll();
        Optional<T> record = viewModel.toRecord();
        if (record.isEmpty()) {
            form.status(messages.get("activity.status.invalid"));
            form.focusFirstError();
            return;
        }
        java.util.List<String> warnings = viewModel.warnings();
        if (!warnings.isEmpty() && !context.dialogs().confirm(
                messages.get("activity.warning.title") + "\n\n" + String.join("\n", warnings),
                messages.get("activity.warning.saveAnyway"), messages.get("activity.warning.fix"))) {
            form.status(messages.get("activity.status.notSaved"));
            return;
        }
        T candidate = record.get();
        T previous = viewModel.editingProperty().get();
        saving = true;
        BackgroundTask.of(() -> repository.onDay(viewModel.metaOf(candidate).unitId(), viewModel.dateOf(candidate)))
                .onSuccess(sameDay -> {
                    if (viewModel.isDuplicate(candidate, sameDay)
                            && !context.dialogs().confirm(messages.get("activity.duplicate.confirm"))) {
                        saving = false;
                        form.status(messages.get("activity.status.notSaved"));
                        return;
                    }
                    store(EditCommand.named(describe(previous == null ? "activity.edit.add" : "activity.edit.change",
                            candidate), new SaveRecordCommand<>(repository, viewModel::metaOf, candidate, previous)),
                            candidate);
                })
                .onFailure(this::saveFailed)
                .run(context.dialogs(), messages.get("activity.error.save"));
    }

    private void store(EditCommand command, T candidate) {
        BackgroundTask.of(() -> {
            definition.beforeSave(candidate);
            history.execute(command);
            return candidate;
        }).onSuccess(saved -> {
            saving = false;
            viewModel.remember(saved);
            afterEdit("activity.status.saved");
        }).onFailure(this::saveFailed).run(context.dialogs(), messages.get("activity.error.save"));
    }

    private void saveFailed(Throwable error) {
        saving = false;
        context.dialogs().error(messages.get("activity.error.save"), error);
    }

    private void delete() {
        T record = viewModel.editingProperty().get();
        if (record == null || !context.dialogs().confirm(messages.get("activity.delete.confirm"))) {
            return;
        }
        EditCommand command = EditCommand.named(describe("activity.edit.delete", record),
                new DeleteRecordCommand(repository, viewModel.metaOf(record).id()));
        BackgroundTask.of(() -> {
            history.execute(command);
            return null;
        }).onSuccess(nothing -> afterEdit("activity.status.deleted"))
                .run(context.dialogs(), messages.get("activity.error.save"));
    }

    private void undo() {
        String what = history.nextUndoProperty().get();
        BackgroundTask.of(history::undo)
                .onSuccess(undone -> afterEdit(undone ? "activity.status.undone" : "activity.status.nothingToUndo", what))
                .run(context.dialogs(), messages.get("activity.error.save"));
    }

    private void redo() {
        String what = history.nextRedoProperty().get();
        BackgroundTask.of(history::redo)
                .onSuccess(redone -> afterEdit(redone ? "activity.status.redone" : "activity.status.nothingToRedo", what))
                .run(context.dialogs(), messages.get("activity.error.save"));
    }

    private void afterEdit(String statusKey) {
        afterEdit(statusKey, "");
    }

    private void afterEdit(String statusKey, String what) {
        history.refreshState();
        startNew();
        form.status(messages.get(statusKey, what));
        refresh();
    }
}
