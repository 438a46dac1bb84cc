package vn.dxoutreach.ui.plans;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.ReportDeadline;
import vn.dxoutreach.domain.ReportType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * The form of one report deadline of a plan: its name, the period it reports on, the due day and,
 * once sent, the day it was sent. New deadlines are the office's own (type CUSTOM) and need a name;
 * a default one keeps its standard name while the name is blank.
 */
public final class DeadlineFormViewModel {

    public static final String NAME = "name";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String DUE = "due";
    public static final String SUBMITTED_ON = "submittedOn";

    private final Store store;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty periodFrom = new SimpleStringProperty("");
    private final StringProperty periodTo = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final StringProperty submittedOn = new SimpleStringProperty("");
    private Plan plan;
    private ReportDeadline editing;

    public DeadlineFormViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** A new deadline of the plan, its period the plan's. */
    public void startNew(Plan plan) {
        this.plan = plan;
        editing = null;
        fill("", plan.periodFrom(), plan.periodTo(), null, null);
    }

    public void startEdit(Plan plan, ReportDeadline deadline) {
        this.plan = plan;
        editing = deadline;
        fill(deadline.name(), deadline.periodFrom(), deadline.periodTo(), deadline.due(), deadline.submittedOn());
    }

    private void fill(String n, LocalDate from, LocalDate to, LocalDate dueOn, LocalDate sent) {
        name.set(n);
        periodFrom.set(Formats.date(from));
        periodTo.set(Formats.date(to));
        due.set(Formats.date(dueOn));
        submittedOn.set(Formats.date(sent));
    }

    /** The deadline being edited, or the one just saved. */
    public Optional<ReportDeadline> current() {
        return Optional.ofNullable(editing);
    }

    /** What a blank name stands for: the standard name of a default deadline; empty for a new one. */
    public String standardName() {
        return editing == null || editing.type() == ReportType.CUSTOM ? "" : editing.standardTitle(messages);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        if (editing == null || editing.type() == ReportType.CUSTOM) {
            errors.required(NAME, name.get());
        }
        LocalDate from = errors.date(PERIOD_FROM, periodFrom.get(), true);
        LocalDate to = errors.date(PERIOD_TO, periodTo.get(), true);
        LocalDate dueOn = errors.date(DUE, due.get(), true);
        errors.date(SUBMITTED_ON, submittedOn.get(), false);
        errors.order(PERIOD_TO, from, to);
        if (from != null && dueOn != null && dueOn.isBefore(from)) {
            errors.add(DUE, messages.get("deadlines.error.dueBeforePeriod"));
        }
        if (from != null && to != null && !errors.has(PERIOD_TO)
                && (from.isAfter(plan.periodTo()) || to.isBefore(plan.periodFrom()))) {
            errors.add(PERIOD_FROM, messages.get("deadlines.error.outsidePlan", Formats.date(plan.periodFrom()),
                    Formats.date(plan.periodTo())));
        }
        return errors;
    }

    /** Saves the deadline when valid (it becomes {@link #current}); nothing is saved otherwise. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        RecordMeta meta = editing != null ? editing.meta()
                : RecordMeta.fresh(plan.meta().unitId(), store.clock().instant());
        ReportType type = editing != null ? editing.type() : ReportType.CUSTOM;
        editing = store.deadlines.save(new ReportDeadline(meta, plan.id(), type, name.get(),
                Formats.parseDate(periodFrom.get()).orElseThrow(), Formats.parseDate(periodTo.get()).orElseThrow(),
                Formats.parseDate(due.get()).orElseThrow(), Formats.parseDate(submittedOn.get()).orElse(null)));
        return errors;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty periodFromProperty() {
        return periodFrom;
    }

    public StringProperty periodToProperty() {
        return periodTo;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public StringProperty submittedOnProperty() {
        return submittedOn;
    }
}
