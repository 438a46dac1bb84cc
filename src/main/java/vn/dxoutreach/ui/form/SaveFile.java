package vn.dxoutreach.ui.form;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import vn.dxoutreach.ui.BackgroundTask;
import vn.dxoutreach.ui.UiContext;

/** "Save as…": asks where, writes off the FX thread, then says where it went (or why it failed). */
public final class SaveFile {

    /** Writing the file. */
    @FunctionalInterface
    public interface Writer {
        void write(Path file) throws Exception;
    }

    private SaveFile() {
    }

    /**
     * @param purpose     whose last folder to start in, e.g. {@link vn.dxoutreach.ui.UiSettings#REPORT}
     * @param pattern     e.g. "*.pdf"
     * @param initialName the name proposed
     */
    public static void as(UiContext context, String purpose, String pattern, String initialName, Writer writer) {
        as(context, purpose, pattern, initialName, writer, () -> { });
    }

    /** As above; {@code finished} runs on the FX thread once the file is written or has failed (to clear a progress text). */
    public static void as(UiContext context, String purpose, String pattern, String initialName, Writer writer,
            Runnable finished) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        chooser.setInitialFileName(initialName);
        File file = context.saveFile(chooser, purpose);
        if (file == null) {
            return;
        }
        BackgroundTask.of(() -> {
            writer.write(file.toPath());
            return file;
        }).onSuccess(f -> {
            finished.run();
            context.dialogs().fileSaved(context.messages().get("form.saved", f), f.toPath());
        }).onFailure(e -> {
            finished.run();
            context.dialogs().error(context.messages().get("form.exportFailed"), e);
        }).run(context.dialogs(), context.messages().get("form.exportFailed"));
    }
}
