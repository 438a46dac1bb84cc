package vn.dxoutreach.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.store.StoreFixture;

/**
 * What a test driving the real window starts from: the toolkit, an empty store in a folder of its
 * own and a robot. A test fills the store, then opens the window; the window and the store are
 * closed after each test.
 */
public abstract class WindowTest {

    @TempDir
    protected Path folder;
    protected Store store;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        ScreenTests.startToolkit();
    }

    @BeforeEach
    void openStore() {
        store = StoreFixture.open(folder);
    }

    @AfterEach
    void closeWindowAndStore() throws TimeoutException {
        ScreenTests.closeWindows();
        store.close();
    }

    /** Opens the main window on the store, on its first screen. */
    protected void openWindow() throws TimeoutException {
        ScreenTests.openMainWindow(store);
    }

    /** Opens the main window on the store, on a screen named by its navigation id ("news", "reporting"…). */
    protected void openWindowOn(String screen) throws TimeoutException {
        openWindow();
        show(screen);
    }

    /** Closes the window and the store, as when the application is closed, and opens them again on a screen. */
    protected void restart(String screen) throws TimeoutException {
        ScreenTests.closeWindows();
        store.close();
        store = StoreFixture.open(folder);
        openWindowOn(screen);
    }

    /** Goes to a screen by its navigation entry, as a user clicks it. */
    protected void show(String screen) {
        robot.clickOn("#nav-" + screen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
