package vn.dxoutreach.ui.plans;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.form.FormGrid;
import vn.dxoutreach.ui.form.ValidationDecorations;

/** The target form: every field of a target and its filter; filters show only for the kind they apply to. */
final class TargetFormView extends VBox {

    private final TargetFormViewModel model;
    private final Messages messages;
    private final ValidationDecorations decorations = new ValidationDecorations();
    private final Button save;
    private final List<Runnable> refills = new ArrayList<>();
    private final vn.dxoutreach.ui.DialogService dialogs;

    /** How a list of values is read off the FX thread, given the value the target has now (read on it). */
    @FunctionalInterface
    private interface ValuesRead {
        java.util.concurrent.Callable<List<String>> given(String current);
    }

    TargetFormView(TargetFormViewModel model, Messages messages, List<LevelName> levels,
            vn.dxoutreach.ui.DialogService dialogs, Runnable onSaved) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        FormGrid grid = new FormGrid(decorations);
        grid.text(TargetFormViewModel.CODE, get("targets.form.code"), model.codeProperty()).setId("target-code");
        grid.text(TargetFormViewModel.NAME, get("targets.form.name"), model.nameProperty()).setId("target-name");
        ComboBox<ActivityKind> kind = grid.field(TargetFormViewModel.KIND, get("targets.form.kind"),
                Choices.ofEnum(messages, Arrays.asList(ActivityKind.values())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<vn.dxoutreach.domain.Measure> measure = grid.field(TargetFormViewModel.MEASURE,
                get("targets.form.measure"), Choices.ofEnum(messages, TargetFormViewModel.measuresFor(kind.getValue())));
        measure.valueProperty().bindBidirectional(model.measureProperty());
        kind.valueProperty().addListener((o, old, now) -> {
            var chosen = model.measureProperty().get();
            measure.getItems().setAll(TargetFormViewModel.measuresFor(now));
            measure.setValue(chosen);
        });
        grid.field(TargetFormViewModel.CADENCE, get("targets.form.cadence"),
                Choices.ofEnum(messages, Arrays.asList(Cadence.values()))).valueProperty()
                .bindBidirectional(model.cadenceProperty());
        grid.text(TargetFormViewModel.VALUE, get("targets.form.value"), model.valueProperty());
        grid.field(TargetFormViewModel.SCOPE, get("targets.form.scope"),
                Choices.ofEnum(messages, Arrays.asList(Scope.values()))).valueProperty()
                .bindBidirectional(model.scopeProperty());
        ComboBox<Integer> scopeLevel = grid.field(TargetFormViewModel.SCOPE_LEVEL, get("targets.form.scopeLevel"),
                levelChoice(levels, ""));
        scopeLevel.valueProperty().bindBidirectional(model.scopeLevelProperty());
        addUnitScope(grid);
        scopeLevel.disableProperty().bind(model.scopeProperty().isNotEqualTo(Scope.EACH)
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.scopeUnitTypeProperty().get() != null,
                        model.scopeUnitTypeProperty())));
        grid.text(TargetFormViewModel.WINDOW_FROM, get("targets.form.windowFrom"), model.windowFromProperty())
                .setPromptText(get("form.datePrompt"));
        grid.text(TargetFormViewModel.WINDOW_TO, get("targets.form.windowTo"), model.windowToProperty())
                .setPromptText(get("form.datePrompt"));
        Label windowHint = grid.add("", new Label(get("targets.form.windowPrompt")));
        windowHint.getStyleClass().add(Styles.TEXT_MUTED);
        windowHint.setWrapText(true);
        CheckBox repeats = new CheckBox(get("targets.form.repeatsYearly"));
        repeats.setId("target-repeats-yearly");
        repeats.selectedProperty().bindBidirectional(model.repeatsYearlyProperty());
        grid.wide(repeats);
        grid.section(get("targets.form.filters"));
        ComboBox<Integer> unitLevel = grid.add(get("targets.form.unitLevel"),
                levelChoice(levels, get("targets.form.anyLevel")));
        unitLevel.valueProperty().bindBidirectional(model.unitLevelProperty());
        CheckBox newOnly = new CheckBox(get("targets.form.newOnly"));
        newOnly.selectedProperty().bindBidirectional(model.newProductionOnlyProperty());
        Node[] broadcastOnly = {grid.wide(newOnly), topicChoice(grid, "targets.form.topic", model.topicProperty(),
                current -> () -> model.broadcastTopics(current))};
        ComboBox<BannerKind> bannerKind = grid.add(get("targets.form.bannerKind"), bannerKinds());
        bannerKind.valueProperty().bindBidirectional(model.bannerKindProperty());
        Node sessionTopic = topicChoice(grid, "targets.form.sessionTopic", model.sessionTopicProperty(),
                current -> () -> model.sessionTopics(current));
        ComboBox<String> choice = valueChoice(grid, "targets.form.choice", "targets.form.anyChoice",
                model.choiceProperty(), current -> {
                    ActivityKind chosenKind = model.kindProperty().get();
                    return () -> model.choiceValues(chosenKind, current);
                });
        choice.setId("target-choice");
        Runnable fillChoice = refills.get(refills.size() - 1);
        model.kindProperty().addListener((o, old, now) -> {
            showFilters(now, broadcastOnly, bannerKind, sessionTopic, choice);
            fillChoice.run();
        });
        showFilters(model.kindProperty().get(), broadcastOnly, bannerKind, sessionTopic, choice);
        grid.summary();
        save = new Button(get("form.save"));
        save.setId("target-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            // checked against the plan's other targets and written off the FX thread; one save at a time
            save.setDisable(true);
            vn.dxoutreach.ui.BackgroundTask.of(model::save).onSuccess(errors -> {
                save.setDisable(false);
                decorations.show(errors);
                if (errors.isEmpty()) {
                    onSaved.run();
                }
            }).onFailure(error -> {
                save.setDisable(false);
                dialogs.error(messages.get("dialog.error.unexpected"), error);
            }).run(dialogs, messages.get("dialog.error.unexpected"));
        });
        grid.wide(new HBox(8, save));
        getChildren().add(grid);
    }

    /**
     * The unit type checked (each school, each agency; blank: the level's administrative units) and
     * the minimum share of those units that makes a period met (blank: each unit on its own).
     */
    private void addUnitScope(FormGrid grid) {
        List<UnitType> types = new ArrayList<>();
        types.add(null);
        Arrays.stream(UnitType.values()).filter(UnitType::isOrganisation).forEach(types::add);
        ComboBox<UnitType> unitType = grid.field(TargetFormViewModel.SCOPE_UNIT_TYPE, get("targets.form.scopeUnitType"),
                Choices.of(types, messages::label, get("targets.form.administrativeUnits")));
        unitType.valueProperty().bindBidirectional(model.scopeUnitTypeProperty());
        unitType.setId("target-scope-unit-type");
        TextField share = grid.text(TargetFormViewModel.MIN_SHARE, get("targets.form.minShare"),
                model.minSharePercentProperty());
        share.setId("target-min-share");
        Label hint = grid.add("", new Label(get("targets.form.minShareHint")));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        for (javafx.scene.control.Control field : List.of(unitType, share)) {
            field.disableProperty().bind(model.scopeProperty().isNotEqualTo(Scope.EACH));
        }
    }

    /** Saves the target shown (Enter, Ctrl+S), as the button does. */
    void save() {
        if (!save.isDisabled() && !isDisabled()) {
            save.fire();
        }
    }

    /** Clears the error marks, e.g. when another target is chosen. */
    void clearErrors() {
        decorations.clear();
        setDisable(!model.isActive());
    }

    private void showFilters(ActivityKind kind, Node[] broadcastOnly, Node bannerKind, Node sessionTopic,
            Node choice) {
        for (Node node : broadcastOnly) {
            showRow(node, kind == ActivityKind.BROADCAST);
        }
        showRow(bannerKind, kind == ActivityKind.BANNER);
        showRow(sessionTopic, kind == ActivityKind.TEAM_SESSION);
        boolean byChoice = kind != null && kind.hasChoiceDetail();
        showRow(choice, byChoice);
        if (byChoice) {
            // "Kênh đăng tin", "Loại sự kiện", "Loại tài liệu – tin nhắn": the list the value comes from
            labelOf(choice).forEach(label -> label.setText(messages.label(kind.choiceList())));
        }
    }

    /** Shows or hides a field together with its label (the node the label is for). */
    private static void showRow(Node field, boolean visible) {
        List<Node> row = new ArrayList<>(List.of(field));
        row.addAll(labelOf(field));
        for (Node node : row) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }

    private static List<Label> labelOf(Node field) {
        return field.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label l && l.getLabelFor() == field).map(Label.class::cast).toList();
    }

    private ComboBox<Integer> levelChoice(List<LevelName> levels, String noneLabel) {
        List<Integer> values = new ArrayList<>();
        values.add(null);
        levels.forEach(l -> values.add(l.level()));
        return Choices.of(values, level -> levels.stream().filter(l -> l.level() == level).findFirst()
                .map(l -> messages.get("units.levelLabel", l.level(), l.name())).orElse(""), noneLabel);
    }

    private ComboBox<BannerKind> bannerKinds() {
        List<BannerKind> values = new ArrayList<>();
        values.add(null);
        values.addAll(Arrays.asList(BannerKind.values()));
        return Choices.of(values, messages::label, get("targets.form.anyKind"));
    }


    /**
     * A topic filter picked from the topics in use ("Mọi chủ đề" for none), never typed: the list
     * is read again each time the form is shown ({@link #refreshChoices()}).
     */
    private ComboBox<String> topicChoice(FormGrid grid, String key, StringProperty property, ValuesRead values) {
        return valueChoice(grid, key, "targets.form.anyTopic", property, values);
    }

    /**
     * A filter on a value picked from a list read again (off the FX thread) when the form is shown;
     * {@code noneKey} names "all".
     */
    private ComboBox<String> valueChoice(FormGrid grid, String key, String noneKey, StringProperty property,
            ValuesRead values) {
        ComboBox<String> box = grid.add(get(key), Choices.of(new ArrayList<>(), topic -> topic, get(noneKey)));
        box.setVisibleRowCount(12);
        Runnable fill = () -> vn.dxoutreach.ui.BackgroundTask.of(values.given(property.get())).latest(box)
                .onSuccess(read -> {
                    List<String> items = new ArrayList<>();
                    items.add(null);
                    items.addAll(read);
                    box.getItems().setAll(items);
                    box.setValue(blankToNull(property.get()));
                }).run(dialogs, get("dialog.error.unexpected"));
        refills.add(fill);
        box.valueProperty().addListener((o, old, now) -> property.set(now == null ? "" : now));
        property.addListener((o, old, now) -> box.setValue(blankToNull(now)));
        return box;
    }

    /** Reads the topics in use again (a record may have brought a new one). */
    void refreshChoices() {
        refills.forEach(Runnable::run);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String get(String key) {
        return messages.get(key);
    }
}
