package vn.dxoutreach.ui.dashboard;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/**
 * The "Bắt đầu" strip at the top of Tổng quan: three steps that tick themselves from the data, each a
 * link to the screen where it is done, and "Ẩn" to hide the strip for good.
 */
final class StartChecklistPane extends HBox {

    /** Style class of a step that is done. */
    static final String DONE_STYLE = "start-step-done";

    private final UiContext context;
    private final Messages messages;
    private final StartChecklistViewModel model;

    StartChecklistPane(UiContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new StartChecklistViewModel(context.store());
        setId("start-checklist");
        getStyleClass().add("start-checklist");
        setSpacing(14);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 12, 8, 12));
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    /** Reads the steps again (the screen calls this whenever it is shown). */
    void refresh() {
        BackgroundTask.of(model::read).onSuccess(this::show).run(context.dialogs(), messages.get("start.failed"));
    }

    private void show(StartChecklistViewModel.State state) {
        getChildren().clear();
        setVisible(state.shown());
        if (!state.shown()) {
            return;
        }
        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add("title-4");
        getChildren().add(title);
        for (StartChecklistViewModel.Step step : StartChecklistViewModel.Step.values()) {
            getChildren().add(step(step, state.done().contains(step)));
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button hide = new Button(messages.get("start.dismiss"));
        hide.setId("start-dismiss");
        hide.setOnAction(e -> BackgroundTask.of(() -> {
            model.dismiss();
            return StartChecklistViewModel.State.HIDDEN;
        }).onSuccess(this::show).run(context.dialogs(), messages.get("start.failed")));
        getChildren().addAll(grow, hide);
    }

    private Node step(StartChecklistViewModel.Step step, boolean done) {
        String key = switch (step) {
            case PLAN -> "start.step.plan";
            case RECORD -> "start.step.record";
            case PACKAGE -> "start.step.package";
        };
        FontIcon icon = new FontIcon(done ? Material2OutlinedAL.CHECK_CIRCLE : Material2OutlinedMZ.RADIO_BUTTON_UNCHECKED);
        Hyperlink link = new Hyperlink(messages.get(key), icon);
        link.setId("start-" + step.screen());
        link.setAccessibleText(messages.get(done ? "start.done" : "start.todo", messages.get(key)));
        if (done) {
            link.getStyleClass().add(DONE_STYLE);
        }
        link.setOnAction(e -> {
            // the navigation's own button, so that it shows the screen as selected
            if (getScene() != null && getScene().lookup("#nav-" + step.screen()) instanceof ButtonBase nav) {
                nav.fire();
            }
        });
        return link;
    }
}
