package vn.dxoutreach.ui.settings;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.form.FormGrid;

/**
 * Cài đặt: language (applied at once), the office's details for documents, the 10/10 campaign, the
 * lists of channels and types, the data folder and the automatic backups.
 */
public final class SettingsView extends ScrollPane {

    private final UiContext context;
    private final SettingsViewModel model;
    /** The stored settings are in the fields: changes from now on are the user's. */
    private boolean loaded;

    public SettingsView(UiContext context) {
        this.context = context;
        this.model = new SettingsViewModel(context.store());
        setId("settings-view");
        Label title = new Label(text("nav.settings"));
        title.getStyleClass().addAll("title-2", "screen-title");
        FormGrid grid = new FormGrid();
        grid.section(text("settings.language.section"));
        ComboBox<String> language = grid.add(text("settings.language"), Choices.of(
                List.of(SettingsViewModel.VIETNAMESE, SettingsViewModel.ENGLISH),
                tag -> text(SettingsViewModel.ENGLISH.equals(tag) ? "settings.language.en" : "settings.language.vi")));
        language.setId("settings-language");
        language.valueProperty().addListener((o, old, now) -> {
            if (now != null && loaded) {
                BackgroundTask.of(() -> model.setLanguage(now)).onSuccess(changed -> {
                    if (changed) {
                        context.reload().run();
                    }
                }).run(context.dialogs(), text("settings.profile.failed"));
            }
        });
        grid.section(text("settings.recorder.section"));
        field(grid, "settings.recorder", model.recorderProperty(), "settings.recorder.example");
        grid.wide(new Label(text("settings.recorder.hint"))).setWrapText(true);
        grid.section(text("settings.profile.section"));
        grid.wide(new Label(text("settings.profile.hint"))).setWrapText(true);
        field(grid, "settings.profile.parentBody", model.parentBodyProperty(), "settings.profile.parentBody.example");
        field(grid, "settings.profile.issuingBody", model.issuingBodyProperty(),
                "settings.profile.issuingBody.example");
        field(grid, "settings.profile.symbolSuffix", model.symbolSuffixProperty(),
                "settings.profile.symbolSuffix.example");
        field(grid, "settings.profile.place", model.placeProperty(), "settings.profile.place.example");
        field(grid, "settings.profile.signatoryTitle", model.signatoryTitleProperty(),
                "settings.profile.signatoryTitle.example");
        field(grid, "settings.profile.signatoryName", model.signatoryNameProperty(),
                "settings.profile.signatoryName.example");
        TextArea recipients = grid.add(text("settings.profile.recipients"), new TextArea());
        recipients.setPrefRowCount(4);
        recipients.setPromptText(text("settings.profile.recipientsPrompt"));
        recipients.textProperty().bindBidirectional(model.recipientsProperty());
        Label saved = new Label();
        Button save = new Button(text("form.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> BackgroundTask.of(() -> {
            model.saveProfile();
            return null;
        }).onSuccess(v -> saved.setText(text("settings.profile.saved"))).run(context.dialogs(),
                text("settings.profile.failed")));
        // nothing typed over what is stored before it has been read
        save.setDisable(true);
        // beside the title, in sight without scrolling on a 768-pixel screen
        HBox actions = new HBox(12, saved, save);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        HBox.setHgrow(actions, Priority.ALWAYS);
        campaign(grid);
        new ChoiceListsPane(context, new ChoiceListsViewModel(context.store(), context.messages())).addTo(grid);
        grid.section(text("settings.data.section"));
        TextField folder = grid.add(text("settings.data.folder"), new TextField(model.dataFolder().toString()));
        folder.setEditable(false);
        Button open = new Button(text("settings.data.open"));
        open.setOnAction(e -> context.dialogs().open(model.dataFolder()));
        grid.wide(open);
        new BackupSettingsPane(context, new BackupSettingsViewModel(context.store(), context.messages())).addTo(grid);
        BackgroundTask.of(model::load).onSuccess(stored -> {
            model.show(stored);
            language.setValue(stored.language());
            loaded = true;
            save.setDisable(false);
        }).run(context.dialogs(), text("settings.profile.failed"));
        HBox header = new HBox(12, title, actions);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox page = new VBox(8, header, grid);
        page.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // a field with its own Enter (a list's new value, the backup budget) keeps it
            boolean ownEnter = e.getTarget() instanceof TextField field && field.getOnAction() != null;
            if (!ownEnter && vn.dxoutreach.ui.form.FormKeys.saves(e, page)) {
                save.fire();
                e.consume();
            }
        });
        page.setPadding(new Insets(16));
        page.setMaxWidth(820);
        VBox.setVgrow(grid, Priority.NEVER);
        setContent(page);
        setFitToWidth(true);
    }

    /** Each year's 10/10 theme and official slogans, which reports count banners against. */
    private void campaign(FormGrid grid) {
        grid.section(text("settings.campaign.section"));
        grid.wide(new Label(text("settings.campaign.hint"))).setWrapText(true);
        javafx.scene.control.Spinner<Integer> year = grid.add(text("settings.campaign.year"),
                new javafx.scene.control.Spinner<>(2020, 2100, model.thisYear()));
        TextField theme = grid.add(text("settings.campaign.theme"), new TextField());
        TextArea slogans = grid.add(text("settings.campaign.slogans"), new TextArea());
        slogans.setPrefRowCount(3);
        Label saved = new Label();
        Runnable load = () -> {
            int y = year.getValue();
            saved.setText("");
            BackgroundTask.of(() -> model.campaign(y)).onSuccess(c -> {
                theme.setText(c.theme());
                slogans.setText(c.slogans());
            }).run(context.dialogs(), text("settings.profile.failed"));
        };
        year.valueProperty().addListener((o, a, n) -> load.run());
        Button save = new Button(text("form.save"));
        save.setId("settings-campaign-save");
        save.setOnAction(e -> {
            int y = year.getValue();
            SettingsViewModel.Campaign campaign = new SettingsViewModel.Campaign(theme.getText(), slogans.getText());
            BackgroundTask.of(() -> {
                model.saveCampaign(y, campaign);
                return null;
            }).onSuccess(v -> saved.setText(text("settings.profile.saved"))).run(context.dialogs(),
                    text("settings.profile.failed"));
        });
        grid.wide(new HBox(12, save, saved));
        load.run();
    }

    private void field(FormGrid grid, String key, StringProperty property, String exampleKey) {
        TextField input = grid.add(text(key), new TextField());
        input.textProperty().bindBidirectional(property);
        input.setPromptText(text(exampleKey));
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
