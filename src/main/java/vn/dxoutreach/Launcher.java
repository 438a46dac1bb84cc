package vn.dxoutreach;

import vn.dxoutreach.app.RootCommand;

/**
 * The entry point of the jar and of the installed launcher. It does not extend
 * {@code javafx.application.Application}, so it starts from a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = RootCommand.run(args);
        if (code != RootCommand.WINDOW_OPENED) {
            System.exit(code);
        }
    }
}
