package vn.dxoutreach.ui.activity;

import vn.dxoutreach.domain.ActivityRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;

/**
 * The form beside an activity table: the unit, the date and the note every kind has, the checks
 * on them, and what a kind's form adds through the abstract methods. Plain {@code javafx.beans}
 * properties only, so that it is tested without the FX toolkit.
 *
 * <p>Errors are recomputed on every change; nothing is built into a record while any field is wrong.
 *
 * @param <T> the activity record
 */
public abstract class ActivityFormViewModel<T extends ActivityRecord> {

    public static final String UNIT = "unit";
    public static final String DATE = "date";
    public static final String NOTE = "note";

    protected final Messages messages;
    private final OfficeUnits units;
    private final Clock clock;
    private final ObjectProperty<UUID> unitId = new SimpleObjectProperty<>();
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty noteText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<T> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(Map.of());
    private final Function<T, RecordMeta> meta;
    private final Function<T, LocalDate> date;
    private final Function<T, String> note;
    private final Function<T, String> recordedBy;
    private Supplier<String> recorder = () -> "";
    private UUID lastUnit;
    private String lastDate;

    /**
     * @param meta the record's meta, {@code date} its date, {@code note} its note, {@code recordedBy}
     *             who entered it: the parts every kind has under its own names
     */
    protected ActivityFormViewModel(Messages messages, OfficeUnits units, Clock clock,
            Function<T, RecordMeta> meta, Function<T, LocalDate> date, Function<T, String> note,
            Function<T, String> recordedBy) {
        this.messages = messages;
        this.units = units;
        this.clock = clock;
        this.meta = meta;
        this.date = date;
        this.note = note;
        this.recordedBy = recordedBy;
        watch(unitId, dateText, noteText);
    }

    /** Revalidates whenever one of the fields changes; subclasses pass their own fields. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(o -> revalidate());
        }
    }

    // --- what each kind supplies -------------------------------------------------------------

    /** What makes two records of a unit on a day the same one (e.g. the program title). */
    protected abstract String titleOf(T record);

    /** Checks the kind's own fields; {@code date} is the record's date when it is valid. */
    protected abstract void checkOwn(FieldChecks checks, Optional<LocalDate> date);

    /** Builds the record from fields that passed the checks. */
    protected abstract T build(RecordMeta meta, LocalDate date, String note, String recordedBy);

    /**
     * Adds what looks wrong in the kind's own fields without being impossible (the user may save
     * anyway); called only when every field passed the checks.
     */
    protected void warnOwn(java.util.List<String> warnings) {
        // most kinds have nothing to warn about
    }

    /** Shows the kind's own fields of a record. */
    protected abstract void fillOwn(T record);

    /** Empties the kind's own fields for the next record. */
    protected abstract void clearOwn();

    public final RecordMeta metaOf(T record) {
        return meta.apply(record);
    }

    public final LocalDate dateOf(T record) {
        return date.apply(record);
    }

    // --- the form -----------------------------------------------------------------------------

    public ObjectProperty<UUID> unitIdProperty() {
        return unitId;
    }

    public StringProperty dateTextProperty() {
        return dateText;
    }

    public StringProperty noteProperty() {
        return noteText;
    }

    /** The stored record the form shows, null for a new record. */
    public ReadOnlyObjectProperty<T> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Field name to message, empty when the form is valid. */
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public OfficeUnits units() {
        return units;
    }

    /** Where the name of the person entering records comes from (Cài đặt → Người nhập liệu). */
    public void recorder(Supplier<String> source) {
        this.recorder = source;
    }

    public boolean isValid() {
        return errors.get().isEmpty();
    }

    public final void revalidate() {
        errors.set(check().errors());
    }

    private FieldChecks check() {
        FieldChecks checks = new FieldChecks(messages, LocalDate.now(clock));
        Optional<LocalDate> day = checks.date(DATE, dateText.get(), true);
        checks.fits(NOTE, noteText.get() == null ? "" : noteText.get().strip());
        UUID unit = unitId.get();
        if (unit == null) {
            checks.fail(UNIT, "activity.error.unitMissing");
        } else if (!units.contains(unit)) {
            checks.fail(UNIT, "activity.error.unitOutside");
        } else if (day.isPresent()) {
            Unit known = units.get(unit).orElseThrow();
            if (!known.existsOn(day.get())) {
                checks.fail(UNIT, "activity.error.unitNotExisting", known.name(), Formats.date(day.get()));
            }
        }
        checkOwn(checks, day);
        return checks;
    }

    /**
     * The record the form describes, with the edited record's id and history when editing;
     * empty (and the errors published) when a field is wrong.
     */
    public Optional<T> toRecord() {
        FieldChecks checks = check();
        errors.set(checks.errors());
        if (!checks.errors().isEmpty()) {
            return Optional.empty();
        }
        UUID unit = unitId.get();
        T original = editing.get();
        RecordMeta recordMeta = original == null
                ? RecordMeta.fresh(unit, clock.instant())
                : metaOf(original).withUnit(unit);
        LocalDate day = Formats.parseDate(dateText.get()).orElseThrow();
        // an edit keeps who first entered the record; a record nobody claimed takes the editor's name
        String recorded = original == null || recordedBy.apply(original).isBlank() ? recorder.get()
                : recordedBy.apply(original);
        return Optional.of(build(recordMeta, day, noteText.get() == null ? "" : noteText.get().strip(),
                recorded == null ? "" : recorded.strip()));
    }

    /**
     * What the user should look at again before saving a valid form (a date still ahead, figures
     * that do not fit together); empty when nothing looks odd or when the form is not valid.
     */
    public java.util.List<String> warnings() {
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (!check().errors().isEmpty()) {
            return warnings;
        }
        LocalDate day = Formats.parseDate(dateText.get()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            warnings.add(messages.get("activity.warning.future", Formats.date(day), Formats.date(today)));
        }
        warnOwn(warnings);
        return warnings;
    }

    /** Whether another live record of the same unit and day has the same title. */
    public boolean isDuplicate(T candidate, Collection<T> sameDay) {
        RecordMeta candidateMeta = metaOf(candidate);
        String title = normalized(titleOf(candidate));
        return sameDay.stream()
                .filter(other -> !metaOf(other).id().equals(candidateMeta.id()))
                .filter(other -> !metaOf(other).deleted())
                .filter(other -> metaOf(other).unitId().equals(candidateMeta.unitId()))
                .filter(other -> dateOf(other).equals(dateOf(candidate)))
                .anyMatch(other -> normalized(titleOf(other)).equals(title));
    }

    private static String normalized(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Messages.VIETNAMESE);
    }

    /** Shows a stored record for editing. */
    public void edit(T record) {
        editing.set(record);
        unitId.set(metaOf(record).unitId());
        dateText.set(Formats.date(dateOf(record)));
        noteText.set(note.apply(record) == null ? "" : note.apply(record));
        fillOwn(record);
        revalidate();
    }

    /** Remembers the unit and date of a saved record for the next one. */
    public void remember(T saved) {
        lastUnit = metaOf(saved).unitId();
        lastDate = Formats.date(dateOf(saved));
    }

    /**
     * An empty form for a new record, with the last saved unit and date (at first the office
     * unit when it has no units below, and today).
     */
    public void startNew() {
        editing.set(null);
        UUID defaultUnit = units.choices().size() == 1 ? units.office().id() : null;
        unitId.set(lastUnit != null ? lastUnit : defaultUnit);
        dateText.set(lastDate != null ? lastDate : Formats.date(LocalDate.now(clock)));
        noteText.set("");
        clearOwn();
        revalidate();
    }

    protected static String text(int value) {
        return Integer.toString(value);
    }

    /** A nullable optional figure's text: empty when not known. */
    protected static String text(Integer value) {
        return value == null ? "" : Integer.toString(value);
    }

    /** Typed text without surrounding blanks; "" for none. */
    protected static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    protected static int whole(String text) {
        return FieldChecks.parseWhole(text).orElse(0);
    }
}
