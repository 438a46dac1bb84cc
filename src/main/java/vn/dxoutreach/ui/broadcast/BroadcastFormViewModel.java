package vn.dxoutreach.ui.broadcast;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slot;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/** The broadcast form: slot, program title, production, minutes (1–600) and topic. */
public final class BroadcastFormViewModel extends ActivityFormViewModel<Broadcast> {

    public static final String SLOT = "slot";
    public static final String TITLE = "programTitle";
    public static final String PRODUCTION = "production";
    public static final String MINUTES = "minutes";
    public static final int MAX_MINUTES = 600;

    private final ObjectProperty<Slot> slot = new SimpleObjectProperty<>(Slot.MORNING);
    private final StringProperty programTitle = new SimpleStringProperty("");
    private final ObjectProperty<Production> production = new SimpleObjectProperty<>(Production.NEW);
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");

    public BroadcastFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, Broadcast::meta, Broadcast::airedOn, Broadcast::note, Broadcast::recordedBy);
        watch(slot, programTitle, production, minutes, topic);
    }

    public ObjectProperty<Slot> slotProperty() {
        return slot;
    }

    public StringProperty programTitleProperty() {
        return programTitle;
    }

    public ObjectProperty<Production> productionProperty() {
        return production;
    }

    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    @Override
    protected String titleOf(Broadcast record) {
        return record.programTitle();
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> date) {
        if (slot.get() == null) {
            checks.fail(SLOT, "activity.error.choose");
        }
        if (production.get() == null) {
            checks.fail(PRODUCTION, "activity.error.choose");
        }
        checks.required(TITLE, programTitle.get());
        checks.wholeNumber(MINUTES, minutes.get(), 1, MAX_MINUTES, "broadcast.error.minutes");
        checks.fits("topic", topic.get() == null ? "" : topic.get().strip());
    }

    @Override
    protected Broadcast build(RecordMeta meta, LocalDate date, String note, String recordedBy) {
        return new Broadcast(meta, date, slot.get(), programTitle.get().strip(), production.get(),
                whole(minutes.get()), topic.get() == null ? "" : topic.get().strip(), note, recordedBy);
    }

    @Override
    protected void fillOwn(Broadcast record) {
        slot.set(record.slot());
        programTitle.set(record.programTitle());
        production.set(record.production());
        minutes.set(text(record.minutes()));
        topic.set(record.topic() == null ? "" : record.topic());
    }

    /** Slot, production and topic stay: the next airing is usually of the same kind. */
    @Override
    protected void clearOwn() {
        programTitle.set("");
        minutes.set("");
    }
}
