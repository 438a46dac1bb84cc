package vn.dxoutreach.ui.roster;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.ScreenRefresh;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.activity.DateField;
import vn.dxoutreach.ui.activity.Pickers;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.TableColumns;
import vn.dxoutreach.ui.form.TableExportAction;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** Thành viên tổ: the teams' members beside the form of the chosen one; add, edit, leave, delete. */
public final class RosterView extends BorderPane {

    private final UiContext context;
    private final RosterViewModel model;
    private final MemberFormViewModel form;
    private final TableView<TeamMember> table = new TableView<>();
    private final ValidationDecorations decorations = new ValidationDecorations();
    private final Label summary = new Label();
    private final Label formTitle = new Label();
    private final BorderPane formHolder = new BorderPane();

    public RosterView(UiContext context) {
        this.context = context;
        this.model = new RosterViewModel(context.store(), context.messages());
        this.form = new MemberFormViewModel(context.store(), context.messages());
        setId("roster-view");
        setPadding(new Insets(12, 16, 16, 16));
        summary.setId("roster-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        Button add = new Button(text("roster.new"));
        add.setId("roster-new");
        add.setOnAction(e -> startNew());
        ToolBar toolbar = new ToolBar(add, TableExportAction.button(context, table, "thanh-vien-to-cnscd"));
        setTop(new VBox(6, summary, toolbar));
        buildTable();
        formHolder.setPadding(new Insets(8, 0, 0, 12));
        SplitPane split = new SplitPane(table, formHolder);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        setCenter(split);
        ScreenRefresh.install(this, context, model::shows, () -> readAgain(null));
        readAgain(null);
    }

    private void buildTable() {
        table.setId("roster-table");
        table.getColumns().setAll(List.of(
                TableColumns.of(text("roster.col.unit"), model::unitName, 170),
                TableColumns.of(text("roster.col.name"), TeamMember::name, 170),
                TableColumns.of(text("roster.col.role"), TeamMember::role, 110),
                TableColumns.of(text("roster.col.phone"), TeamMember::phone, 110),
                TableColumns.of(text("roster.col.joinedOn"), m -> Formats.date(m.joinedOn()), 100),
                TableColumns.of(text("roster.col.leftOn"), m -> Formats.date(m.leftOn()), 100),
                TableColumns.of(text("roster.col.status"), model::status, 120)));
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(text("roster.placeholder")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, member) -> {
            if (member != null) {
                form.startEdit(member);
                showForm();
            }
        });
    }

    /** Reads the roster off the FX thread, then shows it with the given member selected (null: the form's). */
    private void readAgain(UUID select) {
        BackgroundTask.of(() -> {
            model.refresh();
            return select;
        }).onSuccess(this::show).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private void show(UUID select) {
        RosterViewModel.Snapshot snapshot = model.snapshot();
        summary.setText(model.summary());
        table.getItems().setAll(snapshot == null ? List.of() : snapshot.members());
        UUID wanted = select != null ? select : form.current().map(m -> m.meta().id()).orElse(null);
        table.getItems().stream().filter(m -> m.meta().id().equals(wanted)).findFirst()
                .ifPresentOrElse(m -> table.getSelectionModel().select(m), () -> {
                    if (!form.isEditing()) {
                        startNew();
                    }
                });
    }

    private void startNew() {
        table.getSelectionModel().clearSelection();
        // the next member most often joins the same team
        form.startNew(form.unitProperty().get());
        showForm();
    }

    /** The form is rebuilt for each member: the unit list follows the tree read last. */
    private void showForm() {
        decorations.clear();
        RosterViewModel.Snapshot snapshot = model.snapshot();
        if (snapshot == null) {
            formHolder.setCenter(new Label(text("roster.noOffice")));
            return;
        }
        formTitle.setText(text(form.isEditing() ? "roster.form.edit" : "roster.form.new"));
        formTitle.getStyleClass().setAll("title-4");
        FormGrid grid = new FormGrid(decorations);
        ComboBox<UUID> unit = grid.field(MemberFormViewModel.UNIT, text("roster.col.unit"),
                Pickers.units(snapshot.units(), context.messages()));
        unit.valueProperty().bindBidirectional(form.unitProperty());
        unit.setId("member-unit");
        grid.text(MemberFormViewModel.NAME, text("roster.col.name"), form.nameProperty()).setId("member-name");
        grid.text(MemberFormViewModel.ROLE, text("roster.col.role"), form.roleProperty()).setId("member-role");
        grid.text(MemberFormViewModel.PHONE, text("roster.col.phone"), form.phoneProperty()).setId("member-phone");
        grid.field(MemberFormViewModel.JOINED_ON, text("roster.col.joinedOn"),
                DateField.bound(form.joinedOnProperty(), text("activity.form.datePrompt")));
        grid.field(MemberFormViewModel.LEFT_ON, text("roster.col.leftOn"),
                DateField.bound(form.leftOnProperty(), text("activity.form.datePrompt")));
        grid.summary();
        Button save = new Button(text("form.save"));
        save.setId("member-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> write(form::save));
        Button end = new Button(text("roster.end"));
        end.setId("member-end");
        end.setDisable(!form.isEditing() || form.current().map(m -> m.leftOn() != null).orElse(true));
        end.setOnAction(e -> write(form::endMembership));
        Button delete = new Button(text("roster.delete"));
        delete.setDisable(!form.isEditing());
        delete.setOnAction(e -> delete());
        grid.wide(new HBox(8, save, end, delete));
        formHolder.setCenter(new VBox(8, formTitle, grid));
    }

    private void write(Callable<FieldErrors> work) {
        BackgroundTask.of(work).onSuccess(errors -> {
            decorations.show(errors);
            if (errors.isEmpty()) {
                readAgain(form.current().map(m -> m.meta().id()).orElse(null));
            }
        }).run(context.dialogs(), text("dialog.error.unexpected"));
    }

    private void delete() {
        form.current().ifPresent(member -> {
            if (context.dialogs().confirm(context.messages().get("roster.confirmDelete", member.name()))) {
                BackgroundTask.of(() -> {
                    form.delete();
                    return null;
                }).onSuccess(ignored -> readAgain(null)).run(context.dialogs(), text("dialog.error.unexpected"));
            }
        });
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
