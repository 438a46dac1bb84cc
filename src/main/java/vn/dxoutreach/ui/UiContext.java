package vn.dxoutreach.ui;

import java.io.File;
import java.time.Clock;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * What every screen is built with: the open store, the texts in the chosen language, the dialog
 * service, the main stage and what the window remembers between runs. {@code reload} rebuilds the
 * window (after a language change or once the office is set up).
 */
public record UiContext(Store store, Messages messages, DialogService dialogs, Stage stage, Runnable reload,
        UiSettings remembered) {

    private static final String FIGURES_SHOWN = "dx-outreach.figures-shown";
    private static final String DAILY_BACKUP = "dx-outreach.daily-backup";

    /** Makes the window's automatic daily backup known to its screens. */
    public void offerDailyBackup(DailyBackup backup) {
        stage.getProperties().put(DAILY_BACKUP, backup);
    }

    /** The window's automatic daily backup, for screens that show what backups take; none in tests without one. */
    public java.util.Optional<DailyBackup> dailyBackup() {
        return stage.getProperties().get(DAILY_BACKUP) instanceof DailyBackup backup ? java.util.Optional.of(backup)
                : java.util.Optional.empty();
    }

    /** {@code shown} runs once the first screen has its figures laid out on screen (start-up measurement). */
    public void whenFiguresShown(Runnable shown) {
        stage.getProperties().put(FIGURES_SHOWN, shown);
    }

    /** The open screen has its figures: what {@link #whenFiguresShown} was given runs after the next layout. */
    public void figuresShown() {
        if (stage.getProperties().remove(FIGURES_SHOWN) instanceof Runnable shown) {
            afterNextLayout(shown);
        }
    }

    /**
     * Runs {@code step} on the FX thread once the scene has been laid out for painting: slower parts of a
     * screen wait for its figures to be on screen first.
     */
    public void afterNextLayout(Runnable step) {
        Runnable shown = step;
        javafx.scene.Scene scene = stage.getScene();
        if (scene == null) {
            javafx.application.Platform.runLater(shown);
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(shown);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    public Clock clock() {
        return store.clock();
    }

    public Office office() {
        return new Office(store);
    }

    /** "Save as" in the last folder used for {@code purpose} (see {@link UiSettings}); null when cancelled. */
    public File saveFile(FileChooser chooser, String purpose) {
        remembered.startIn(chooser, purpose);
        File file = chooser.showSaveDialog(stage);
        remembered.chosen(file, purpose);
        return file;
    }

    /** "Open" in the last folder used for {@code purpose}; null when cancelled. */
    public File openFile(FileChooser chooser, String purpose) {
        remembered.startIn(chooser, purpose);
        File file = chooser.showOpenDialog(stage);
        remembered.chosen(file, purpose);
        return file;
    }

    /** "Open" of several files in the last folder used for {@code purpose}; null when cancelled. */
    public List<File> openFiles(FileChooser chooser, String purpose) {
        remembered.startIn(chooser, purpose);
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            remembered.chosen(files.get(0), purpose);
        }
        return files;
    }
}
