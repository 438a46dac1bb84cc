package vn.dxoutreach.ui.activity;

import java.util.List;
import javafx.scene.control.TableColumn;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.store.ActivityRepository;

/**
 * What makes one activity screen different from the others: its records, its columns and its
 * form fields. {@link ActivityScreen} does the rest the same way for every kind.
 *
 * @param <T> the activity record
 * @param <V> the kind's form view model
 */
public interface ActivityDefinition<T, V extends ActivityFormViewModel<T>> {

    ActivityKind kind();

    /** Bundle key of the screen's title. */
    String titleKey();

    /** Bundle key of the label of the record's date (aired on, hung on, held on). */
    String dateLabelKey();

    ActivityRepository<T> repository();

    V createViewModel(OfficeUnits units);

    /** The kind's columns, shown after the unit and the date. */
    List<TableColumn<T, ?>> columns(ActivityColumns<T> columns);

    /** Adds the kind's fields to the form, between the date and the note. */
    void addFields(FormGrid grid, V viewModel);

    /** Store work that goes with saving a record (a new slogan joins the list); runs off the FX thread. */
    default void beforeSave(T record) {
    }
}
