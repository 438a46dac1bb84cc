package vn.dxoutreach.ui.activity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.ScreenRefresh;
import vn.dxoutreach.ui.UiContext;

/**
 * The picker of a channel or a type: the values of one of the office's lists (shipped and its own),
 * read off the FX thread and again whenever the list changes (a value added in Cài đặt). A record's
 * value that is no longer in the list (removed since) stays shown and kept. Typing a letter picks
 * the next value starting with it, so the form is filled without the mouse.
 */
public final class ChoicePicker {

    private ChoicePicker() {
    }

    /** A picker bound both ways to {@code value} ("" for none chosen). */
    public static ComboBox<String> of(UiContext context, ChoiceList list, StringProperty value) {
        ComboBox<String> box = new ComboBox<>();
        box.setVisibleRowCount(12);
        box.valueProperty().addListener((o, old, now) -> {
            if (now != null && !now.equals(value.get())) {
                value.set(now);
            }
        });
        value.addListener((o, old, now) -> show(box, now));
        Runnable load = () -> BackgroundTask.of(() -> context.store().choices.values(list)).onSuccess(values -> {
            box.getItems().setAll(values);
            show(box, value.get());
        }).run(context.dialogs(), context.messages().get("activity.error.load"));
        ScreenRefresh.install(box, context, change -> change.touches(DataKind.CHOICE), load);
        load.run();
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (!event.getCharacter().isBlank() && !event.isShortcutDown() && next(box, event.getCharacter())) {
                event.consume();
            }
        });
        return box;
    }

    /** Shows the value, adding it to the list when the list does not have it (a value removed since). */
    private static void show(ComboBox<String> box, String value) {
        String shown = value == null || value.isBlank() ? null : value;
        if (shown != null && !box.getItems().contains(shown)) {
            box.getItems().add(shown);
        }
        box.setValue(shown);
    }

    /** Picks the value after the current one that starts with the typed letter; false when none does. */
    private static boolean next(ComboBox<String> box, String typed) {
        List<String> items = box.getItems();
        String letter = folded(typed);
        int start = box.getValue() == null ? -1 : items.indexOf(box.getValue());
        for (int step = 1; step <= items.size(); step++) {
            String candidate = items.get((start + step) % items.size());
            if (folded(candidate).startsWith(letter)) {
                if (box.isShowing()) {
                    box.getSelectionModel().select(candidate);
                } else {
                    box.setValue(candidate);
                }
                return true;
            }
        }
        return false;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
