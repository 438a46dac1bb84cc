package vn.dxoutreach.ui;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.SplitPane;
import javafx.stage.FileChooser;
import vn.dxoutreach.store.SettingsRepository;

/**
 * What the window remembers between runs: its size and place, where the user left the splitters,
 * and the last folder of each kind of file (import, export, backup, package, report…). Read once
 * when the window opens; a folder is written at once, off the FX thread, the rest as the window
 * closes ({@link #flush()}), so that dragging a splitter writes nothing.
 */
public final class UiSettings {

    /** Purposes of file choosers, each with its own last folder. */
    public static final String IMPORT = "import";
    public static final String EXPORT = "export";
    public static final String BACKUP = "backup";
    public static final String PACKAGE = "package";
    public static final String REPORT = "report";
    public static final String EVIDENCE = "evidence";

    static final String PREFIX = "ui.remember.";
    private static final Logger LOG = Logger.getLogger(UiSettings.class.getName());

    private final SettingsRepository settings;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final Map<String, String> unsaved = new ConcurrentHashMap<>();

    private UiSettings(SettingsRepository settings, Map<String, String> stored) {
        this.settings = settings;
        stored.forEach((key, value) -> values.put(key.substring(PREFIX.length()), value));
    }

    /** Reads what was remembered. */
    public static UiSettings load(SettingsRepository settings) {
        return new UiSettings(settings, settings.withPrefix(PREFIX));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public Optional<Double> number(String key) {
        try {
            return get(key).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Remembers a value; it is written when the window closes. */
    public void put(String key, String value) {
        if (!value.equals(values.put(key, value))) {
            unsaved.put(key, value);
        }
    }

    /** Writes what changed since the last write (the window is closing). */
    public void flush() {
        if (unsaved.isEmpty()) {
            return;
        }
        Map<String, String> batch = new HashMap<>();
        unsaved.forEach((key, value) -> batch.put(PREFIX + key, value));
        unsaved.clear();
        try {
            settings.putAll(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Window layout not remembered", e);
        }
    }

    /** Restores a splitter's divider and remembers where the user drags it. */
    public void divider(SplitPane split, String name, double defaultPosition) {
        String key = "split." + name;
        split.setDividerPositions(number(key).orElse(defaultPosition));
        split.getDividers().get(0).positionProperty().addListener((o, old, now) ->
                put(key, String.valueOf(Math.round(now.doubleValue() * 1000) / 1000.0)));
    }

    /** Opens a file chooser in the last folder used for this purpose (when it still exists). */
    public void startIn(FileChooser chooser, String purpose) {
        get("folder." + purpose).map(File::new).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
    }

    /** Remembers the folder of a chosen file for the next time, written at once off the FX thread. */
    public void chosen(File file, String purpose) {
        if (file == null || file.getAbsoluteFile().getParentFile() == null) {
            return;
        }
        put("folder." + purpose, file.getAbsoluteFile().getParent());
        BackgroundTask.of(() -> {
            flush();
            return null;
        }).onFailure(e -> LOG.log(Level.WARNING, "Folder not remembered", e)).run(null, "");
    }
}
