package vn.dxoutreach.ui.activity;

import vn.dxoutreach.domain.ActivityRecord;
import java.util.List;
import javafx.scene.control.TableColumn;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.store.ActivityRepository;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.UiContext;

/**
 * What makes one activity screen different from the others: its records, its columns and its
 * form fields. {@link ActivityScreen} does the rest the same way for every kind.
 *
 * @param <T> the activity record
 * @param <V> the kind's form view model
 */
public abstract class ActivityDefinition<T extends ActivityRecord, V extends ActivityFormViewModel<T>> {

    protected final UiContext context;
    protected final Messages messages;
    private final ActivityKind kind;
    private final String titleKey;
    private final String dateLabelKey;

    /**
     * @param titleKey     bundle key of the screen's title
     * @param dateLabelKey bundle key of the label of the record's date (aired on, hung on, held on)
     */
    protected ActivityDefinition(UiContext context, ActivityKind kind, String titleKey, String dateLabelKey) {
        this.context = context;
        this.messages = context.messages();
        this.kind = kind;
        this.titleKey = titleKey;
        this.dateLabelKey = dateLabelKey;
    }

    public final ActivityKind kind() {
        return kind;
    }

    public final String titleKey() {
        return titleKey;
    }

    public final String dateLabelKey() {
        return dateLabelKey;
    }

    public abstract ActivityRepository<T> repository();

    public abstract V createViewModel(OfficeUnits units);

    /** The kind's columns, shown after the unit and the date. */
    public abstract List<TableColumn<T, ?>> columns(ActivityColumns<T> columns);

    /** Adds the kind's fields to the form, between the date and the note. */
    public abstract void addFields(FormGrid grid, V viewModel);

    /** Store work that goes with saving a record (a new slogan joins the list); runs off the FX thread. */
    public void beforeSave(T record) {
    }
}
