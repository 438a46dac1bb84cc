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
    private final FormFactory<T, V> form;

    /** How a kind's form view model is made: every one takes the texts, the office's units and the clock. */
    @FunctionalInterface
    public interface FormFactory<T extends ActivityRecord, V extends ActivityFormViewModel<T>> {
        V create(Messages messages, OfficeUnits units, java.time.Clock clock);
    }

    /**
     * @param titleKey     bundle key of the screen's title
     * @param dateLabelKey bundle key of the label of the record's date (aired on, hung on, held on)
     * @param form         the kind's form view model, e.g. {@code BroadcastFormViewModel::new}
     */
    protected ActivityDefinition(UiContext context, ActivityKind kind, String titleKey, String dateLabelKey,
            FormFactory<T, V> form) {
        this.context = context;
        this.messages = context.messages();
        this.kind = kind;
        this.titleKey = titleKey;
        this.dateLabelKey = dateLabelKey;
        this.form = form;
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

    /** The kind's records: {@code Store.activities} names one repository per kind, that of {@code T}. */
    @SuppressWarnings("unchecked")
    public ActivityRepository<T> repository() {
        return (ActivityRepository<T>) context.store().activities(kind);
    }

    public V createViewModel(OfficeUnits units) {
        return form.create(messages, units, context.clock());
    }

    /** The kind's columns, shown after the unit and the date. */
    public abstract List<TableColumn<T, ?>> columns(ActivityColumns<T> columns);

    /** Adds the kind's fields to the form, between the date and the note. */
    public abstract void addFields(FormGrid grid, V viewModel);

    /**
     * The web address of a record, for a kind whose records have one: Enter on a row of the table
     * opens it in the browser. Null (the default) for kinds without addresses.
     */
    public java.util.function.Function<T, String> linkOf() {
        return null;
    }

    /** Store work that goes with saving a record (a new slogan joins the list); runs off the FX thread. */
    public void beforeSave(T record) {
    }
}
