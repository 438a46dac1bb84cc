package vn.dxoutreach.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The baseline of start-up: the smallest JavaFX window, started from a plain class as the application is.
 * {@code smoke --compare} times it beside the real window; it prints {@code hello-ms=N} once shown and exits.
 */
public final class HelloWindow {

    private HelloWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Hello.class, args);
    }

    /** Ten lines of JavaFX. */
    public static final class Hello extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 400, 200));
            stage.show();
            Platform.runLater(() -> {
                System.out.println("hello-ms=" + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.exit();
            });
        }
    }
}
