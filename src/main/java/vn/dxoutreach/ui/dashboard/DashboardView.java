package vn.dxoutreach.ui.dashboard;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.dxoutreach.ui.UiContext;

/** Tổng quan: the office at a glance. */
public final class DashboardView extends VBox {

    public DashboardView(UiContext context) {
        setPadding(new Insets(24));
        Label title = new Label(context.messages().get("nav.dashboard"));
        title.getStyleClass().add("title-2");
        getChildren().add(title);
        context.office().unit().ifPresent(unit -> getChildren().add(new Label(unit.name())));
    }
}
