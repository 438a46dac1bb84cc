package vn.dxoutreach.ui.event;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.OutreachEvent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/**
 * The event form: the start date is the form's date, then the end date (empty for a one-day event,
 * never before the start), name, type, organiser, participants (0 or more) and location.
 */
public final class OutreachEventFormViewModel extends ActivityFormViewModel<OutreachEvent> {

    public static final String ENDS = "endsOn";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String ORGANISER = "organiser";
    public static final String PARTICIPANTS = "participants";
    public static final String LOCATION = "location";

    private final StringProperty endsText = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty organiser = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");

    public OutreachEventFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, OutreachEvent::meta, OutreachEvent::startsOn, OutreachEvent::note,
                OutreachEvent::recordedBy);
        watch(endsText, name, type, organiser, participants, location);
    }

    public StringProperty endsTextProperty() {
        return endsText;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty organiserProperty() {
        return organiser;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** The same name starting the same day is the same event (the template's natural key). */
    @Override
    protected String titleOf(OutreachEvent record) {
        return record.name();
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> startsOn) {
        Optional<LocalDate> endsOn = checks.date(ENDS, endsText.get(), false);
        if (endsOn.isPresent() && startsOn.isPresent() && endsOn.get().isBefore(startsOn.get())) {
            checks.fail(ENDS, "event.error.endsBeforeStart", Formats.date(startsOn.get()));
        }
        checks.required(NAME, name.get());
        if (stripped(type.get()).isEmpty()) {
            checks.fail(TYPE, "activity.error.choose");
        }
        checks.fits(ORGANISER, stripped(organiser.get()));
        checks.wholeNumber(PARTICIPANTS, participants.get(), 0, Integer.MAX_VALUE, "activity.error.notNegative");
        checks.fits(LOCATION, stripped(location.get()));
    }

    @Override
    protected OutreachEvent build(RecordMeta meta, LocalDate startsOn, String note, String recordedBy) {
        LocalDate endsOn = Formats.parseDate(endsText.get()).orElse(startsOn);
        return new OutreachEvent(meta, startsOn, endsOn, stripped(name.get()), stripped(type.get()),
                stripped(organiser.get()), whole(participants.get()), stripped(location.get()), note, recordedBy);
    }

    /** A one-day event shows no end date: the field stays as the user left it. */
    @Override
    protected void fillOwn(OutreachEvent record) {
        endsText.set(record.endsOn().equals(record.startsOn()) ? "" : Formats.date(record.endsOn()));
        name.set(record.name());
        type.set(record.type());
        organiser.set(record.organiser());
        participants.set(text(record.participants()));
        location.set(record.location());
    }

    /** Type and organiser stay: a campaign holds a series of events of one kind. */
    @Override
    protected void clearOwn() {
        endsText.set("");
        name.set("");
        participants.set("");
        location.set("");
    }
}
