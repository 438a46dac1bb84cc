package vn.dxoutreach.ui.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.SettingsRepository;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.DialogService;
import vn.dxoutreach.ui.Theme;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.UiSettings;
import vn.dxoutreach.ui.welcome.WelcomeView;

/** The main window: the left navigation and the open screen. */
public final class MainWindow {

    public static final String NAV_STYLE = "nav-button";

    private final Stage stage;
    private final Store store;
    private final Map<String, Node> built = new HashMap<>();
    private final StackPane content = new StackPane();
    private UiContext context;
    private UiSettings remembered;
    private javafx.application.HostServices hostServices;
    private vn.dxoutreach.ui.DailyBackup dailyBackup;
    private Runnable firstScreenShown = () -> { };
    /** The screen shown, kept across a reload so that a language change stays on Cài đặt. */
    private String openScreen;

    public MainWindow(Stage stage, Store store) {
        this.stage = stage;
        this.store = store;
    }

    /** Opening files from "Mở tệp" goes through the application's host services when it has them. */
    public MainWindow hostServices(javafx.application.HostServices services) {
        this.hostServices = services;
        return this;
    }

    /** The day's automatic backup, shown in the status bar while it runs. */
    public MainWindow dailyBackup(vn.dxoutreach.ui.DailyBackup backup) {
        this.dailyBackup = backup;
        return this;
    }

    /** Runs once the first screen has its figures on screen (start-up measurement). */
    public MainWindow whenFirstScreenShown(Runnable shown) {
        this.firstScreenShown = shown;
        return this;
    }

    /** Builds the scene in the remembered language and shows the window. */
    public void show() {
        Messages messages = Messages.forLanguage(store.settings.get(SettingsRepository.LANGUAGE).orElse("vi"));
        // date pickers and number fields follow the format locale: keep them in the chosen language
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, messages.locale());
        boolean first = remembered == null;
        if (first) {
            remembered = UiSettings.load(store.settings);
        }
        DialogService dialogs = new DialogService(messages, stage);
        dialogs.hostServices(hostServices);
        context = new UiContext(store, messages, dialogs, stage, this::rebuild, remembered);
        context.whenFiguresShown(firstScreenShown);
        if (dailyBackup != null) {
            context.offerDailyBackup(dailyBackup);
        }
        firstScreenShown = () -> { };
        // a reload (language, office set up) keeps the size the user gave the window
        Scene old = stage.getScene();
        Scene scene = new Scene(buildRoot(), old == null ? 1200 : old.getWidth(), old == null ? 760 : old.getHeight());
        Theme.style(scene);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::forwardShortcut);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (first) {
            new WindowPlacement(stage, remembered).restore();
        }
        stage.show();
    }

    /** Reports a failure nothing else caught: a short message, the detail in the log. */
    public void unexpected(Throwable error) {
        Messages messages = context != null ? context.messages() : Messages.vietnamese();
        DialogService dialogs = context != null ? context.dialogs() : new DialogService(messages, stage);
        dialogs.error(messages.get("dialog.error.unexpected"), error);
    }

    private void rebuild() {
        built.clear();
        show();
    }

    /** The welcome view while no office is set up; otherwise the navigation, marked when the data are the sample. */
    private Region buildRoot() {
        Optional<Unit> office = context.office().unit();
        if (office.isEmpty()) {
            context.figuresShown();
            return new WelcomeView(context);
        }
        BorderPane root = new BorderPane();
        root.setLeft(navigation());
        root.setCenter(content);
        if (SampleBanner.isSample(office.get())) {
            root.setTop(new SampleBanner(context.messages()));
        }
        if (dailyBackup != null) {
            root.setBottom(new BackupStatusPane(dailyBackup, context.messages()));
        }
        return root;
    }

    private VBox navigation() {
        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setPadding(new Insets(12, 8, 12, 8));
        Label title = new Label(context.messages().get("app.title"));
        title.getStyleClass().add("nav-title");
        title.setWrapText(true);
        nav.getChildren().add(title);
        ToggleGroup group = new ToggleGroup();
        ToggleButton first = null;
        for (Screen screen : Screens.all()) {
            ToggleButton button = new ToggleButton(context.messages().get(screen.titleKey()), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.getStyleClass().add(NAV_STYLE);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                open(screen);
            });
            nav.getChildren().add(button);
            if (first == null || screen.id().equals(openScreen)) {
                first = button;
            }
        }
        VBox.setVgrow(nav, Priority.ALWAYS);
        if (first != null) {
            // the window shows at once with its navigation; the first screen, the heaviest part of
            // the start, is built on the next pulse
            ToggleButton opening = first;
            opening.setSelected(true);
            javafx.application.Platform.runLater(() -> {
                if (opening.isSelected()) {
                    opening.fire();
                }
            });
        }
        return nav;
    }

    private void open(Screen screen) {
        openScreen = screen.id();
        Node view = built.computeIfAbsent(screen.id(), id -> screen.view().apply(context));
        content.getChildren().setAll(view);
        // the focus moves into the screen, so that its keys (Ctrl+N, Ctrl+F, Ctrl+S, Enter) work at once
        javafx.application.Platform.runLater(() -> {
            if (content.getChildren().contains(view) && !within(view, stage.getScene().getFocusOwner())) {
                view.requestFocus();
            }
        });
    }

    /**
     * A screen's shortcut (Ctrl+N, Ctrl+F, Ctrl+S) pressed while the focus is outside it, in the
     * navigation, goes to the screen shown.
     */
    private void forwardShortcut(javafx.scene.input.KeyEvent event) {
        if (!event.isShortcutDown() || content.getChildren().isEmpty()
                || event.getCode() != javafx.scene.input.KeyCode.N && event.getCode() != javafx.scene.input.KeyCode.F
                && event.getCode() != javafx.scene.input.KeyCode.S) {
            return;
        }
        Node view = content.getChildren().get(0);
        if (!within(view, stage.getScene().getFocusOwner())) {
            event.consume();
            view.requestFocus();
            javafx.event.Event.fireEvent(view, event.copyFor(view, view));
        }
    }

    private static boolean within(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
