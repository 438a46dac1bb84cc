package vn.dxoutreach.ui.welcome;

import java.io.File;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;
import vn.dxoutreach.ui.form.Choices;

/**
 * Sets up the office from the unit above's package: choose the .dxo, confirm which of its units is
 * this office, and the application opens on it.
 */
final class PackageSetupDialog {

    private final UiContext context;
    private final PackageSetupViewModel model;

    PackageSetupDialog(UiContext context) {
        this.context = context;
        this.model = new PackageSetupViewModel(context.store(), context.messages());
    }

    void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("welcome.package.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("exchange.file.type"), "*.dxo"));
        File file = context.openFile(chooser, vn.dxoutreach.ui.UiSettings.PACKAGE);
        if (file == null) {
            return;
        }
        BackgroundTask.of(() -> model.read(file.toPath()))
                .onSuccess(refusal -> refusal.ifPresentOrElse(r -> context.dialogs().error(r, null), this::confirm))
                .run(context.dialogs(), text("welcome.package.failed"));
    }

    private void confirm() {
        Label summary = new Label(model.summary());
        summary.setWrapText(true);
        ComboBox<vn.dxoutreach.domain.Unit> office = Choices.of(model.candidates(), model::unitLabel);
        office.setId("package-setup-office");
        office.setMaxWidth(Double.MAX_VALUE);
        office.valueProperty().bindBidirectional(model.officeProperty());
        Label hint = new Label(text("welcome.package.officeHint"));
        hint.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("form-errors");
        error.setWrapText(true);
        TextField recorder = new TextField();
        recorder.setId("package-setup-recorder");
        recorder.setPromptText(text("welcome.recorder.prompt"));
        recorder.textProperty().bindBidirectional(model.recorderProperty());
        VBox content = new VBox(10, summary, new Label(text("welcome.package.office")), office, hint,
                new Label(text("welcome.recorder")), recorder, error);
        content.setPrefWidth(520);
        boolean done = context.dialogs().form(text("welcome.package.title"), content, () -> {
            var problem = model.setUp();
            problem.ifPresent(error::setText);
            return problem.isEmpty();
        });
        if (done) {
            context.reload().run();
        }
    }

    private String text(String key) {
        return context.messages().get(key);
    }
}
