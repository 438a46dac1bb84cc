package vn.dxoutreach.ui.welcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** Shown instead of the navigation while no office is set up: set up the office, or open the sample data. */
public final class WelcomeView extends ScrollPane {

    /** Style class of the two cards. */
    public static final String CARD_STYLE = "welcome-card";

    private final UiContext context;
    private final WelcomeViewModel model;
    private final ValidationDecorations decorations = new ValidationDecorations();

    public WelcomeView(UiContext context) {
        this.context = context;
        this.model = new WelcomeViewModel(context.store(), context.messages());
        Label title = new Label(text("welcome.title"));
        title.getStyleClass().add("title-1");
        Label intro = new Label(text("welcome.intro"));
        intro.setWrapText(true);
        // the sample first: it is one button, and it must not hide below the fold of the long set-up form
        VBox setup = setupCard();
        VBox page = new VBox(16, title, intro, sampleCard(setup), packageCard(), setup);
        page.setPadding(new Insets(32));
        page.setMaxWidth(860);
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.TOP_CENTER);
        setContent(centred);
        setFitToWidth(true);
        setId("welcome");
    }

    private VBox setupCard() {
        FormGrid form = new FormGrid(decorations);
        // the two-level scheme of today first; the four levels for offices that keep older history
        ComboBox<Boolean> scheme = form.add(text("welcome.scheme"), Choices.of(List.of(true, false),
                twoLevel -> text(twoLevel ? "welcome.scheme.two" : "welcome.scheme.four")));
        scheme.setId("welcome-scheme");
        scheme.setValue(true);
        scheme.valueProperty().addListener((o, old, twoLevel) -> model.useTwoLevelScheme(Boolean.TRUE.equals(twoLevel)));
        form.text(WelcomeViewModel.LEVELS, text("welcome.levels"), model.levelsProperty())
                .setPromptText(text("levels.hint"));
        form.section(text("welcome.office"));
        form.text(WelcomeViewModel.OFFICE_CODE, text("units.form.code"), model.officeCodeProperty())
                .setId("welcome-office-code");
        TextField name = form.text(WelcomeViewModel.OFFICE_NAME, text("units.form.name"), model.officeNameProperty());
        name.setId("welcome-office-name");
        name.setPromptText(text("welcome.office.namePrompt"));
        ComboBox<Integer> level = form.field(WelcomeViewModel.OFFICE_LEVEL, text("units.form.level"),
                Choices.of(List.of(), this::levelLabel));
        fillLevels(level);
        level.setId("welcome-office-level");
        model.levelsProperty().addListener((o, old, now) -> fillLevels(level));
        model.officeLevelProperty().addListener((o, old, now) -> level.setValue(now.intValue()));
        level.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.officeLevelProperty().set(now);
            }
        });
        form.wide(hint("welcome.office.levelHint"));
        form.section(text("welcome.header"));
        form.wide(hint("welcome.header.hint"));
        headerField(form, "welcome-parent-body", "welcome.header.parentBody", model.parentBodyProperty(),
                model.parentBodyPrompt());
        headerField(form, "welcome-issuing-body", "welcome.header.issuingBody", model.issuingBodyProperty(),
                model.issuingBodyPrompt());
        headerField(form, "welcome-place", "welcome.header.place", model.placeProperty(), model.placePrompt());
        TextField recorder = form.text(WelcomeViewModel.RECORDER, text("welcome.recorder"), model.recorderProperty());
        recorder.setId("welcome-recorder");
        recorder.setPromptText(text("welcome.recorder.prompt"));
        form.wide(hint("welcome.recorder.hint"));
        form.section(text("welcome.children"));
        form.wide(new Label(text("welcome.children.hint"))).setWrapText(true);
        TableView<ChildUnitRow> table = childTable();
        decorations.bind(WelcomeViewModel.CHILDREN, text("welcome.children.short"), table);
        form.wide(table);
        Button add = new Button(text("welcome.children.add"));
        add.setId("welcome-add-child");
        add.setOnAction(e -> addChild(table));
        Button remove = new Button(text("welcome.children.remove"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.children().remove(table.getSelectionModel().getSelectedItem()));
        form.wide(new HBox(8, add, remove));
        form.summary();
        Button save = new Button(text("welcome.save"));
        save.setId("welcome-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        form.wide(save);
        return card(text("welcome.setup.title"), form);
    }

    /** A new row, with the cursor in its code: typing goes on at once. */
    private void addChild(TableView<ChildUnitRow> table) {
        ChildUnitRow row = new ChildUnitRow();
        model.children().add(row);
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        javafx.application.Platform.runLater(() -> {
            table.layout();
            table.lookupAll(".child-code").stream()
                    .filter(n -> n.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getItem() == row)
                    .findFirst().ifPresent(javafx.scene.Node::requestFocus);
        });
    }

    /** A heading field whose prompt is what will be printed when it is left blank. */
    private void headerField(FormGrid form, String id, String labelKey, StringProperty value,
            ObservableStringValue prompt) {
        TextField field = form.add(text(labelKey), new TextField());
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.promptTextProperty().bind(prompt);
    }

    private Label hint(String key) {
        Label hint = new Label(text(key));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return hint;
    }

    private TableView<ChildUnitRow> childTable() {
        TableView<ChildUnitRow> table = new TableView<>(model.children());
        table.setId("welcome-children");
        TableColumn<ChildUnitRow, ChildUnitRow> code = new TableColumn<>(text("units.form.code"));
        code.setCellFactory(c -> new BoundTextCell<>(ChildUnitRow::codeProperty, "child-code",
                text("welcome.children.codePrompt")));
        code.setPrefWidth(160);
        TableColumn<ChildUnitRow, ChildUnitRow> name = new TableColumn<>(text("units.form.name"));
        name.setCellFactory(c -> new BoundTextCell<>(ChildUnitRow::nameProperty, "child-name",
                text("welcome.children.namePrompt")));
        name.setPrefWidth(420);
        for (TableColumn<ChildUnitRow, ChildUnitRow> column : List.of(code, name)) {
            column.setCellValueFactory(row -> new javafx.beans.property.SimpleObjectProperty<>(row.getValue()));
            column.setSortable(false);
        }
        table.getColumns().add(code);
        table.getColumns().add(name);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(190);
        table.setPlaceholder(new Label(text("welcome.children.empty")));
        return table;
    }

    /** The sample card, offering both samples; {@code setup} is disabled while one is made, so the two cannot race. */
    private VBox sampleCard(VBox setup) {
        Label hint = new Label(text("welcome.sample.hint"));
        hint.setWrapText(true);
        ToggleGroup choice = new ToggleGroup();
        VBox samples = new VBox(6);
        for (WelcomeViewModel.Sample sample : WelcomeViewModel.Sample.values()) {
            RadioButton option = new RadioButton(text(sample == WelcomeViewModel.Sample.PROVINCE
                    ? "welcome.sample.province" : "welcome.sample.district"));
            option.setId("welcome-sample-" + sample.name().toLowerCase(Locale.ROOT));
            option.setUserData(sample);
            option.setToggleGroup(choice);
            Label detail = new Label(model.sampleHint(sample));
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            detail.setPadding(new Insets(0, 0, 0, 26));
            samples.getChildren().addAll(option, detail);
        }
        choice.selectToggle(choice.getToggles().get(0));
        Button open = new Button(text("welcome.sample.open"));
        open.setId("welcome-sample");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.setVisible(false);
        Label status = new Label();
        open.setOnAction(e -> {
            open.setDisable(true);
            samples.setDisable(true);
            setup.setDisable(true);
            progress.setVisible(true);
            status.setText(text("welcome.sample.working"));
            LocalDate today = LocalDate.now(context.clock());
            WelcomeViewModel.Sample sample = (WelcomeViewModel.Sample) choice.getSelectedToggle().getUserData();
            BackgroundTask.of(() -> model.openSample(sample, today))
                    .onSuccess(summary -> context.reload().run())
                    .onFailure(error -> {
                        open.setDisable(false);
                        samples.setDisable(false);
                        setup.setDisable(false);
                        progress.setVisible(false);
                        status.setText("");
                        context.dialogs().error(text("welcome.sample.failed"), error);
                    })
                    .run(context.dialogs(), text("welcome.sample.failed"));
        });
        HBox actions = new HBox(12, open, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        return card(text("welcome.sample.title"), new VBox(10, hint, samples, actions));
    }

    /** A commune starts from its province's package, so that both share the unit ids and the plan. */
    private VBox packageCard() {
        Label hint = new Label(text("welcome.package.hint"));
        hint.setWrapText(true);
        Button start = new Button(text("welcome.package.start"));
        start.setId("welcome-from-package");
        start.setOnAction(e -> new PackageSetupDialog(context).open());
        return card(text("welcome.package.cardTitle"), new VBox(10, hint, start));
    }

    private void save() {
        FieldErrors errors = model.save();
        decorations.show(errors);
        if (errors.isEmpty()) {
            context.reload().run();
        }
    }

    private void fillLevels(ComboBox<Integer> level) {
        int count = model.levelNames().size();
        Integer chosen = model.officeLevelProperty().get();
        level.getItems().setAll(IntStream.rangeClosed(1, Math.max(count, 1)).boxed().toList());
        level.setValue(chosen <= count ? chosen : null);
    }

    private String levelLabel(int level) {
        List<String> names = model.levelNames();
        String name = level <= names.size() ? names.get(level - 1) : "";
        return context.messages().get("units.levelLabel", level, name);
    }

    private VBox card(String title, javafx.scene.Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        VBox card = new VBox(12, heading, body);
        card.getStyleClass().add(CARD_STYLE);
        card.setPadding(new Insets(20));
        return card;
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
