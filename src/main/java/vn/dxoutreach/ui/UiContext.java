package vn.dxoutreach.ui;

import java.time.Clock;
import javafx.stage.Stage;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * What every screen is built with: the open store, the texts in the chosen language, the dialog
 * service and the main stage. {@code reload} rebuilds the window (after a language change or
 * once the office is set up).
 */
public record UiContext(Store store, Messages messages, DialogService dialogs, Stage stage, Runnable reload) {

    public Clock clock() {
        return store.clock();
    }

    public Office office() {
        return new Office(store);
    }
}
