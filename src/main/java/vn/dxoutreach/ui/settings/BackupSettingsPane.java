package vn.dxoutreach.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;
import vn.dxoutreach.ui.form.FormGrid;

/**
 * Cài đặt's automatic backups: how many are kept, the size they may take together (Enter stores it,
 * a bad value is refused with the reason and nothing stored), the folder with a button to open it,
 * and what the backups take now, read off the FX thread each time the screen is shown.
 */
final class BackupSettingsPane {

    private final UiContext context;
    private final BackupSettingsViewModel model;
    private final Spinner<Integer> kept = new Spinner<>(1, 100, vn.dxoutreach.store.BackupService.DEFAULT_KEEP);
    private final TextField budget = new TextField();
    private final ComboBox<BackupSettingsViewModel.SizeUnit> unit = Choices.of(
            List.of(BackupSettingsViewModel.SizeUnit.values()), Enum::name);
    private final Label error = new Label();
    private final Label saved = new Label();
    private final TextField folder = new TextField();
    private final Label usage = new Label();
    /** Reads what the backups take again once the day's backup is written while the screen is open. */
    private final javafx.beans.value.ChangeListener<vn.dxoutreach.ui.DailyBackup.State> backupWritten =
            (o, before, state) -> written(state);
    /** The stored values are in the fields: changes from now on are the user's. */
    private boolean loaded;

    BackupSettingsPane(UiContext context, BackupSettingsViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** Adds the section to the grid and reads what it shows. */
    void addTo(FormGrid grid) {
        grid.section(text("settings.backup.section"));
        grid.wide(new Label(text("settings.backup.hint"))).setWrapText(true);
        kept.setId("settings-backup-keep");
        grid.add(text("settings.backup.keep"), kept);
        budget.setId("settings-backup-budget");
        budget.setPrefColumnCount(6);
        budget.setOnAction(e -> saveBudget());
        unit.setId("settings-backup-budget-unit");
        Button save = new Button(text("form.save"));
        save.setId("settings-backup-budget-save");
        save.setOnAction(e -> saveBudget());
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(8, budget, unit, save);
        line.setAlignment(Pos.CENTER_LEFT);
        saved.setId("settings-backup-budget-saved");
        saved.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_SMALL);
        error.setId("settings-backup-budget-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        // no room taken while there is nothing to say
        for (Label note : List.of(error, saved)) {
            note.visibleProperty().bind(note.textProperty().isNotEmpty());
            note.managedProperty().bind(note.visibleProperty());
        }
        grid.add(text("settings.backup.budget"), new VBox(4, line, error, saved));
        folder.setId("settings-backup-folder");
        folder.setEditable(false);
        grid.add(text("settings.backup.folder"), folder);
        usage.setId("settings-backup-usage");
        usage.setWrapText(true);
        usage.setText(text("settings.backup.reading"));
        Button open = new Button(text("settings.backup.open"));
        open.setId("settings-backup-open");
        open.setOnAction(e -> BackgroundTask.of(model::readyFolder).onSuccess(context.dialogs()::open)
                .run(context.dialogs(), text("settings.backup.failed")));
        HBox facts = new HBox(12, open, usage);
        facts.setAlignment(Pos.CENTER_LEFT);
        grid.wide(facts);
        keepWhenSettled();
        context.dailyBackup().ifPresent(backup -> backup.stateProperty()
                .addListener(new javafx.beans.value.WeakChangeListener<>(backupWritten)));
        // what the backups take changes while the screen is away (the day's backup): read again on return
        grid.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && loaded) {
                load();
            }
        });
        load();
    }

    private void load() {
        BackgroundTask.of(model::load).onSuccess(shown -> {
            if (!loaded) {
                kept.getValueFactory().setValue(shown.kept());
                BackupSettingsViewModel.Typed typed = BackupSettingsViewModel.Typed.of(shown.budgetMb());
                budget.setText(typed.amount());
                unit.setValue(typed.unit());
                loaded = true;
            }
            folder.setText(shown.folder().toString());
            usage.setText(model.usage(shown));
        }).run(context.dialogs(), text("settings.backup.failed"));
    }

    private void written(vn.dxoutreach.ui.DailyBackup.State state) {
        if (state == vn.dxoutreach.ui.DailyBackup.State.DONE && loaded) {
            load();
        }
    }

    /** The count is stored once the clicks stop, not once per tick of the spinner. */
    private void keepWhenSettled() {
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> {
            int count = kept.getValue();
            BackgroundTask.of(() -> {
                model.saveKept(count);
                return null;
            }).run(context.dialogs(), text("settings.backup.failedSave"));
        });
        kept.valueProperty().addListener((o, a, n) -> {
            if (loaded) {
                settle.playFromStart();
            }
        });
    }

    private void saveBudget() {
        saved.setText("");
        java.util.Optional<String> problem = model.problem(budget.getText(), unit.getValue());
        error.setText(problem.orElse(""));
        if (problem.isPresent() || !loaded) {
            return;
        }
        long megabytes = model.megabytes(budget.getText(), unit.getValue()).orElseThrow();
        BackgroundTask.of(() -> {
            model.saveBudget(megabytes);
            return null;
        }).onSuccess(v -> saved.setText(text("settings.backup.budget.saved")))
                .run(context.dialogs(), text("settings.backup.failedSave"));
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
