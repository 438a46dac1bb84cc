package vn.dxoutreach.ui;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.ui.shell.MainWindow;

/** What every test driving the real window does: start the toolkit, open the main window, close it. */
public final class ScreenTests {

    private ScreenTests() {
    }

    /** Once per test class, before any window. */
    public static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(Theme::install);
    }

    /** Opens the main window on the store and waits until it is shown. */
    public static void openMainWindow(Store store) throws TimeoutException {
        FxToolkit.setupStage(stage -> new MainWindow(stage, store).show());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes every window the test opened. */
    public static void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
