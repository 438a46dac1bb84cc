package vn.dxoutreach.ui.plans;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.ui.form.FieldErrors;

/** The form of one plan document: number and symbol, title, issuing body, issue date, period. */
public final class PlanFormViewModel {

    public static final String SYMBOL = "symbol";
    public static final String TITLE = "title";
    public static final String ISSUED_ON = "issuedOn";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";

    private final Store store;
    private final Messages messages;
    private final UUID officeUnitId;
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty issuingBody = new SimpleStringProperty("");
    private final StringProperty issuedOn = new SimpleStringProperty("");
    private final StringProperty periodFrom = new SimpleStringProperty("");
    private final StringProperty periodTo = new SimpleStringProperty("");
    private Plan editing;

    /** New plans belong to the office, looked up when one is saved (off the FX thread). */
    public PlanFormViewModel(Store store, Messages messages) {
        this(store, messages, null);
    }

    /** @param officeUnitId the unit new plans belong to (the office) */
    public PlanFormViewModel(Store store, Messages messages, UUID officeUnitId) {
        this.store = store;
        this.messages = messages;
        this.officeUnitId = officeUnitId;
    }

    public void startNew() {
        editing = null;
        fill("", "", "", null, null, null);
    }

    public void startEdit(Plan plan) {
        editing = plan;
        fill(plan.symbol(), plan.title(), plan.issuingBody(), plan.issuedOn(), plan.periodFrom(), plan.periodTo());
    }

    private void fill(String s, String t, String body, LocalDate issued, LocalDate from, LocalDate to) {
        symbol.set(s);
        title.set(t);
        issuingBody.set(body == null ? "" : body);
        issuedOn.set(Formats.date(issued));
        periodFrom.set(Formats.date(from));
        periodTo.set(Formats.date(to));
    }

    /** The plan being edited, or the one just saved. */
    public Optional<Plan> current() {
        return Optional.ofNullable(editing);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        errors.required(SYMBOL, symbol.get());
        errors.required(TITLE, title.get());
        errors.date(ISSUED_ON, issuedOn.get(), false);
        LocalDate from = errors.date(PERIOD_FROM, periodFrom.get(), true);
        LocalDate to = errors.date(PERIOD_TO, periodTo.get(), true);
        errors.order(PERIOD_TO, from, to);
        return errors;
    }

    /** Saves the plan when valid (it becomes {@link #current}); nothing is saved otherwise. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        RecordMeta meta = editing != null ? editing.meta() : RecordMeta.fresh(officeUnitId != null ? officeUnitId
                : new vn.dxoutreach.store.Office(store).unit().orElseThrow().id(), store.clock().instant());
        Plan plan = new Plan(meta, symbol.get().strip(), title.get().strip(), issuingBody.get().strip(),
                Formats.parseDate(issuedOn.get()).orElse(null), Formats.parseDate(periodFrom.get()).orElseThrow(),
                Formats.parseDate(periodTo.get()).orElseThrow());
        // the seeds' report deadlines come with a new plan, and with each year its period gains
        editing = store.db().write(c -> {
            Plan saved = store.plans.save(plan);
            store.deadlines.ensureDefaults(saved);
            return saved;
        });
        return errors;
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty periodFromProperty() {
        return periodFrom;
    }

    public StringProperty periodToProperty() {
        return periodTo;
    }
}
