package vn.dxoutreach.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.ScreenRefresh;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.FormGrid;

/**
 * One list of channels or types in Cài đặt: the shipped values in a line, the office's own values
 * with "Gỡ" beside each, and a field to add one (Enter adds).
 */
final class ChoiceListsPane {

    private final UiContext context;
    private final ChoiceListsViewModel model;

    ChoiceListsPane(UiContext context, ChoiceListsViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** Adds the section of every list to the grid. */
    void addTo(FormGrid grid) {
        grid.section(text("settings.lists.section"));
        grid.wide(new Label(text("settings.lists.hint"))).setWrapText(true);
        for (ChoiceList list : ChoiceList.values()) {
            grid.add(context.messages().label(list), list(list));
        }
    }

    private VBox list(ChoiceList list) {
        String id = "settings-list-" + list.name().toLowerCase(java.util.Locale.ROOT);
        Label shipped = new Label(context.messages().get("settings.lists.shipped", String.join(", ", list.shipped())));
        shipped.setWrapText(true);
        shipped.getStyleClass().add(Styles.TEXT_MUTED);
        ListView<ChoiceListsViewModel.Own> own = new ListView<>();
        own.setId(id);
        own.setPlaceholder(new Label(text("settings.lists.none")));
        own.setPrefHeight(92);
        TextField input = new TextField();
        input.setId(id + "-new");
        input.setPromptText(text("settings.lists.prompt"));
        Button add = new Button(text("settings.lists.add"));
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.setId(id + "-error");
        ChoiceListsViewModel.Shown[] shown = {new ChoiceListsViewModel.Shown(list, list.shipped(), java.util.List.of())};
        Runnable load = () -> BackgroundTask.of(() -> model.load(list)).onSuccess(now -> {
            shown[0] = now;
            own.getItems().setAll(now.own());
        }).run(context.dialogs(), text("settings.lists.failed"));
        own.setCellFactory(view -> new OwnCell(text("settings.lists.remove"), text("settings.lists.fromAbove"),
                value -> remove(value, load)));
        Runnable adding = () -> {
            String typed = input.getText();
            java.util.Optional<String> problem = model.problem(shown[0], typed);
            error.setText(problem.orElse(""));
            if (problem.isPresent()) {
                return;
            }
            add.setDisable(true);
            BackgroundTask.of(() -> {
                model.add(list, typed);
                return null;
            }).onSuccess(v -> {
                add.setDisable(false);
                input.clear();
                load.run();
            }).onFailure(e -> {
                add.setDisable(false);
                context.dialogs().error(text("settings.lists.failed"), e);
            }).run(context.dialogs(), text("settings.lists.failed"));
        };
        add.setOnAction(e -> adding.run());
        input.setOnAction(e -> adding.run());
        // a value arriving in a data package shows without leaving Cài đặt
        ScreenRefresh.install(own, context, ChoiceListsViewModel::changes, load);
        load.run();
        HBox entry = new HBox(8, input, add);
        entry.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        return new VBox(4, shipped, own, entry, error);
    }

    private void remove(ChoiceListsViewModel.Own value, Runnable reload) {
        if (!context.dialogs().confirm(context.messages().get("settings.lists.remove.confirm", value.value()))) {
            return;
        }
        BackgroundTask.of(() -> {
            model.remove(value.id());
            return null;
        }).onSuccess(v -> reload.run()).run(context.dialogs(), text("settings.lists.failed"));
    }

    private String text(String key) {
        return context.messages().get(key);
    }

    /** An own value with its "Gỡ" button; a value from a higher office says so instead. */
    private static final class OwnCell extends ListCell<ChoiceListsViewModel.Own> {

        private final Label value = new Label();
        private final Button remove;
        private final Label fromAbove;
        private final HBox row;

        OwnCell(String removeText, String fromAboveText, Consumer<ChoiceListsViewModel.Own> onRemove) {
            remove = new Button(removeText);
            remove.getStyleClass().add(Styles.SMALL);
            remove.setOnAction(e -> onRemove.accept(getItem()));
            fromAbove = new Label(fromAboveText);
            fromAbove.getStyleClass().add(Styles.TEXT_MUTED);
            javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(8, value, gap, remove, fromAbove);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ChoiceListsViewModel.Own item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            value.setText(item.value());
            remove.setVisible(item.removable());
            remove.setManaged(item.removable());
            fromAbove.setVisible(!item.removable());
            fromAbove.setManaged(!item.removable());
            setGraphic(row);
        }
    }
}
