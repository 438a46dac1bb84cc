package vn.dxoutreach.ui.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.TeamSession;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.activity.ActivityFormViewModel;
import vn.dxoutreach.ui.activity.FieldChecks;
import vn.dxoutreach.ui.activity.OfficeUnits;

/** The team-session form: support topic, people helped, accounts or apps installed, location. */
public final class TeamSessionFormViewModel extends ActivityFormViewModel<TeamSession> {

    public static final String TOPIC = "supportTopic";
    public static final String PEOPLE = "peopleHelped";
    public static final String APPS = "appsInstalled";

    private final StringProperty supportTopic = new SimpleStringProperty("");
    private final StringProperty peopleHelped = new SimpleStringProperty("");
    private final StringProperty appsInstalled = new SimpleStringProperty("0");
    private final StringProperty location = new SimpleStringProperty("");

    public TeamSessionFormViewModel(Messages messages, OfficeUnits units, Clock clock) {
        super(messages, units, clock, TeamSession::meta, TeamSession::heldOn, TeamSession::note, TeamSession::recordedBy);
        watch(supportTopic, peopleHelped, appsInstalled, location);
    }

    public StringProperty supportTopicProperty() {
        return supportTopic;
    }

    public StringProperty peopleHelpedProperty() {
        return peopleHelped;
    }

    public StringProperty appsInstalledProperty() {
        return appsInstalled;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /** The same topic at the same place on the same day is the same session. */
    @Override
    protected String titleOf(TeamSession record) {
        return record.supportTopic() + " @ " + (record.location() == null ? "" : record.location());
    }

    @Override
    protected void checkOwn(FieldChecks checks, Optional<LocalDate> date) {
        checks.required(TOPIC, supportTopic.get());
        checks.wholeNumber(PEOPLE, peopleHelped.get(), 0, Integer.MAX_VALUE, "activity.error.notNegative");
        checks.wholeNumber(APPS, appsInstalled.get(), 0, Integer.MAX_VALUE, "activity.error.notNegative");
        checks.fits("location", location.get() == null ? "" : location.get().strip());
    }

    /** More accounts installed than people helped is possible (two apps each) but often a slip. */
    @Override
    protected void warnOwn(java.util.List<String> warnings) {
        int people = whole(peopleHelped.get());
        int apps = whole(appsInstalled.get());
        if (apps > people) {
            warnings.add(messages.get("session.warning.appsAbovePeople", Formats.number(apps),
                    Formats.number(people)));
        }
    }

    @Override
    protected TeamSession build(RecordMeta meta, LocalDate date, String note, String recordedBy) {
        return new TeamSession(meta, date, supportTopic.get().strip(), whole(peopleHelped.get()),
                whole(appsInstalled.get()), location.get() == null ? "" : location.get().strip(), note,
                recordedBy);
    }

    @Override
    protected void fillOwn(TeamSession record) {
        supportTopic.set(record.supportTopic());
        peopleHelped.set(text(record.peopleHelped()));
        appsInstalled.set(text(record.appsInstalled()));
        location.set(record.location() == null ? "" : record.location());
    }

    /** The topic stays: a team often repeats a session in several villages. */
    @Override
    protected void clearOwn() {
        peopleHelped.set("");
        appsInstalled.set("0");
        location.set("");
    }
}
