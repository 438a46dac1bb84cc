package vn.dxoutreach.ui.material;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Material;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/** The form of printed materials and messages: type, title and quantity (copies or messages, 1 or more). */
public final class MaterialFormViewModel extends ActivityFormViewModel<Material> {

    public static final String TYPE = "type";
    public static final String TITLE = "title";
    public static final String QUANTITY = "quantity";

    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("");

    public MaterialFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, Material::meta, Material::madeOn, Material::note, Material::recordedBy);
        watch(type, title, quantity);
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    /** The same type and title the same day is the same material (the template's natural key). */
    @Override
    protected String titleOf(Material record) {
        return record.type() + " @ " + record.title();
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> date) {
        if (stripped(type.get()).isEmpty()) {
            checks.fail(TYPE, "activity.error.choose");
        }
        checks.required(TITLE, title.get());
        checks.wholeNumber(QUANTITY, quantity.get(), 1, Integer.MAX_VALUE, "activity.error.atLeastOne");
    }

    @Override
    protected Material build(RecordMeta meta, LocalDate date, String note, String recordedBy) {
        return new Material(meta, date, stripped(type.get()), stripped(title.get()), whole(quantity.get()), note,
                recordedBy);
    }

    @Override
    protected void fillOwn(Material record) {
        type.set(record.type());
        title.set(record.title());
        quantity.set(text(record.quantity()));
    }

    /** The type stays: a unit hands out several leaflets or sends several messages in a row. */
    @Override
    protected void clearOwn() {
        title.set("");
        quantity.set("");
    }
}
