package vn.dxoutreach.ui.banner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Banner;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/** The banner form: kind, slogan, quantity, location and the optional removal date. */
public final class BannerFormViewModel extends ActivityFormViewModel<Banner> {

    public static final String REMOVED = "removedOn";
    public static final String KIND = "kind";
    public static final String SLOGAN = "slogan";
    public static final String QUANTITY = "quantity";

    private final StringProperty removedText = new SimpleStringProperty("");
    private final ObjectProperty<BannerKind> kind = new SimpleObjectProperty<>(BannerKind.BANNER);
    private final StringProperty slogan = new SimpleStringProperty("");
    private final StringProperty quantity = new SimpleStringProperty("1");
    private final StringProperty location = new SimpleStringProperty("");

    public BannerFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, Banner::meta, Banner::hungOn, Banner::note, Banner::recordedBy);
        watch(removedText, kind, slogan, quantity, location);
    }

    public StringProperty removedTextProperty() {
        return removedText;
    }

    public ObjectProperty<BannerKind> kindProperty() {
        return kind;
    }

    public StringProperty sloganProperty() {
        return slogan;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** The same slogan at the same place on the same day is the same banner. */
    @Override
    protected String titleOf(Banner record) {
        return record.slogan() + " @ " + (record.location() == null ? "" : record.location());
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> hungOn) {
        if (kind.get() == null) {
            checks.fail(KIND, "activity.error.choose");
        }
        checks.required(SLOGAN, slogan.get());
        checks.wholeNumber(QUANTITY, quantity.get(), 1, Integer.MAX_VALUE, "activity.error.atLeastOne");
        Optional<LocalDate> removedOn = checks.date(REMOVED, removedText.get(), false);
        if (removedOn.isPresent() && hungOn.isPresent() && removedOn.get().isBefore(hungOn.get())) {
            checks.fail(REMOVED, "banner.error.removedBeforeHung", Formats.date(hungOn.get()));
        }
        checks.fits("location", location.get() == null ? "" : location.get().strip());
    }

    @Override
    protected Banner build(RecordMeta meta, LocalDate hungOn, String note, String recordedBy) {
        LocalDate removedOn = Formats.parseDate(removedText.get()).orElse(null);
        return new Banner(meta, hungOn, removedOn, kind.get(), slogan.get().strip(), whole(quantity.get()),
                location.get() == null ? "" : location.get().strip(), note, recordedBy);
    }

    @Override
    protected void fillOwn(Banner record) {
        removedText.set(Formats.date(record.removedOn()));
        kind.set(record.kind());
        slogan.set(record.slogan());
        quantity.set(text(record.quantity()));
        location.set(record.location() == null ? "" : record.location());
    }

    /** Kind and slogan stay: one campaign hangs the same slogan in many places. */
    @Override
    protected void clearOwn() {
        removedText.set("");
        quantity.set("1");
        location.set("");
    }
}
