package vn.dxoutreach.ui.plans;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Plan;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/**
 * The form of one target of a plan, with every field the progress rules read. Filters that do
 * not apply to the chosen activity kind are dropped on save, so a target never carries a
 * hidden restriction.
 */
public final class TargetFormViewModel {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String MEASURE = "measure";
    public static final String CADENCE = "cadence";
    public static final String VALUE = "value";
    public static final String SCOPE = "scope";
    public static final String SCOPE_LEVEL = "scopeLevel";
    public static final String WINDOW_FROM = "windowFrom";
    public static final String WINDOW_TO = "windowTo";
    public static final String SCOPE_UNIT_TYPE = "scopeUnitType";
    public static final String MIN_SHARE = "minSharePercent";

    private final Store store;
    private final Messages messages;
    private final TargetFields f = new TargetFields();
    private Plan plan;
    private Target editing;

    public TargetFormViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        f.kind.addListener((o, old, kind) -> {
            if (kind != null && f.measure.get() != null && !f.measure.get().appliesTo(kind)) {
                f.measure.set(Measure.COUNT);
            }
        });
    }

    /** The measures that can be summed over activities of the kind (all when no kind is chosen). */
    public static List<Measure> measuresFor(ActivityKind kind) {
        return Arrays.stream(Measure.values()).filter(m -> kind == null || m.appliesTo(kind)).toList();
    }

    /** Starts a new target of the plan with the usual defaults: weekly count of broadcasts, each unit of {@code scopeLevel}. */
    public void startNew(Plan owner, Integer scopeLevel) {
        plan = owner;
        editing = null;
        f.fill(null);
        f.scopeLevel.set(scopeLevel);
    }

    public void startEdit(Plan owner, Target target) {
        plan = owner;
        editing = target;
        f.fill(target);
    }

    public boolean isActive() {
        return plan != null;
    }

    /** The target being edited, or the one just saved. */
    public Optional<Target> current() {
        return Optional.ofNullable(editing);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        String code = errors.required(CODE, f.code.get());
        if (!code.isEmpty() && plan != null && store.targets.ofPlan(plan.id()).stream()
                .anyMatch(t -> t.code().equalsIgnoreCase(code) && (editing == null || !t.id().equals(editing.id())))) {
            errors.add(CODE, messages.get("targets.error.codeTaken", code));
        }
        errors.required(NAME, f.name.get());
        requireChoice(errors, KIND, f.kind.get());
        requireChoice(errors, MEASURE, f.measure.get());
        requireChoice(errors, CADENCE, f.cadence.get());
        requireChoice(errors, SCOPE, f.scope.get());
        if (f.kind.get() != null && f.measure.get() != null && !f.measure.get().appliesTo(f.kind.get())) {
            errors.add(MEASURE, messages.get("targets.error.measure", messages.label(f.measure.get()),
                    messages.label(f.kind.get())));
        }
        errors.nonNegative(VALUE, f.value.get());
        if (f.scope.get() == Scope.EACH && f.scopeLevel.get() == null && !namesOrganisations()) {
            errors.add(SCOPE_LEVEL, messages.get("targets.error.scopeLevel"));
        }
        checkShare(errors);
        LocalDate from = errors.date(WINDOW_FROM, f.windowFrom.get(), false);
        LocalDate to = errors.date(WINDOW_TO, f.windowTo.get(), false);
        errors.order(WINDOW_TO, from, to);
        // a window that comes back every year needs its own days, shorter than a year
        if (f.repeatsYearly.get() && (from == null || to == null || !to.isBefore(from.plusYears(1)))) {
            errors.add(WINDOW_TO, messages.get("targets.error.repeatsYearly"));
        }
        if (plan != null) {
            String outside = messages.get("targets.error.outsidePlan", Formats.date(plan.periodFrom()),
                    Formats.date(plan.periodTo()));
            if (from != null && (from.isBefore(plan.periodFrom()) || from.isAfter(plan.periodTo()))) {
                errors.add(WINDOW_FROM, outside);
            }
            if (to != null && (to.isAfter(plan.periodTo()) || to.isBefore(plan.periodFrom()))) {
                errors.add(WINDOW_TO, outside);
            }
        }
        return errors;
    }

    /** Whether the target checks organisations of a type (each school) rather than a level's units. */
    private boolean namesOrganisations() {
        return f.scopeUnitType.get() != null && f.scopeUnitType.get().isOrganisation();
    }

    /** The minimum share of units: blank, or a whole percentage of an EACH target. */
    private void checkShare(FieldErrors errors) {
        String text = f.minSharePercent.get() == null ? "" : f.minSharePercent.get().strip();
        if (text.isEmpty()) {
            return;
        }
        if (minSharePercent() == null) {
            errors.add(MIN_SHARE, messages.get("targets.error.minShare"));
        } else if (f.scope.get() != Scope.EACH) {
            errors.add(MIN_SHARE, messages.get("targets.error.minShareScope"));
        }
    }

    /** The share typed, when it is a whole number from 1 to 100; null otherwise (blank included). */
    private Integer minSharePercent() {
        String text = f.minSharePercent.get() == null ? "" : f.minSharePercent.get().strip();
        if (!text.matches("[0-9]{1,3}")) {
            return null;
        }
        int percent = Integer.parseInt(text);
        return percent >= 1 && percent <= 100 ? percent : null;
    }

    private void requireChoice(FieldErrors errors, String field, Object value) {
        if (value == null) {
            errors.add(field, messages.get("form.error.choose"));
        }
    }

    /** Saves the target when valid (it becomes {@link #current}); nothing is saved otherwise. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty() || plan == null) {
            return errors;
        }
        OptionalLong value = errors.nonNegative(VALUE, f.value.get());
        ActivityKind kind = f.kind.get();
        TargetFilter filter = new TargetFilter(
                kind == ActivityKind.BROADCAST && f.newProductionOnly.get(),
                f.unitLevel.get(),
                kind == ActivityKind.BROADCAST ? blankToNull(f.topic.get()) : null,
                kind == ActivityKind.BANNER ? f.bannerKind.get() : null,
                kind == ActivityKind.TEAM_SESSION ? blankToNull(f.sessionTopic.get()) : null,
                kind.hasChoiceDetail() ? blankToNull(f.choice.get()) : null);
        RecordMeta meta = editing != null ? editing.meta() : RecordMeta.fresh(plan.meta().unitId(),
                store.clock().instant());
        editing = store.targets.save(new Target(meta, plan.id(), f.code.get().strip(), f.name.get().strip(), kind,
                filter, f.measure.get(), f.cadence.get(), value.orElseThrow(), f.scope.get(),
                f.scope.get() == Scope.EACH ? f.scopeLevel.get() : null,
                Formats.parseDate(f.windowFrom.get()).orElse(null), Formats.parseDate(f.windowTo.get()).orElse(null),
                f.repeatsYearly.get()).withUnitScope(f.scope.get() == Scope.EACH && namesOrganisations()
                        ? f.scopeUnitType.get() : null, f.scope.get() == Scope.EACH ? minSharePercent() : null));
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty codeProperty() {
        return f.code;
    }

    public StringProperty nameProperty() {
        return f.name;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return f.kind;
    }

    public ObjectProperty<Measure> measureProperty() {
        return f.measure;
    }

    public ObjectProperty<Cadence> cadenceProperty() {
        return f.cadence;
    }

    public StringProperty valueProperty() {
        return f.value;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return f.scope;
    }

    public ObjectProperty<Integer> scopeLevelProperty() {
        return f.scopeLevel;
    }

    /** For EACH targets: the organisation type checked (each school), or null for a level's administrative units. */
    public ObjectProperty<UnitType> scopeUnitTypeProperty() {
        return f.scopeUnitType;
    }

    /** For EACH targets: the minimum share of units (%), blank when each unit must meet the value. */
    public StringProperty minSharePercentProperty() {
        return f.minSharePercent;
    }

    public StringProperty windowFromProperty() {
        return f.windowFrom;
    }

    public StringProperty windowToProperty() {
        return f.windowTo;
    }

    /** The window comes back every year of the plan (lặp lại hằng năm). */
    public BooleanProperty repeatsYearlyProperty() {
        return f.repeatsYearly;
    }

    public BooleanProperty newProductionOnlyProperty() {
        return f.newProductionOnly;
    }

    public ObjectProperty<Integer> unitLevelProperty() {
        return f.unitLevel;
    }

    /**
     * The broadcast topics a filter can pick: those recorded so far, and the one the target
     * already has. A topic typed freely matched nothing when spelled differently.
     */
    public List<String> broadcastTopics(String current) {
        return choices(store.broadcasts.topicsInUse(), current);
    }

    /** The support topics of team sessions a filter can pick, as {@link #broadcastTopics}. */
    public List<String> sessionTopics(String current) {
        return choices(store.sessions.topicsInUse(), current);
    }

    /**
     * The channels (news) or types (events, materials) a filter can pick: the office's list, in its
     * order, and the value the target already has; none for the first three kinds.
     */
    public List<String> choiceValues(ActivityKind kind, String chosen) {
        if (kind == null || !kind.hasChoiceDetail()) {
            return List.of();
        }
        List<String> values = new java.util.ArrayList<>(store.choices.values(kind.choiceList()));
        String current = blankToNull(chosen);
        if (current != null && values.stream().noneMatch(current::equalsIgnoreCase)) {
            values.add(current);
        }
        return values;
    }

    private static List<String> choices(List<String> inUse, String current) {
        java.util.TreeSet<String> values = new java.util.TreeSet<>(
                vn.dxoutreach.text.Formats.collation(vn.dxoutreach.text.Messages.VIETNAMESE));
        values.addAll(inUse);
        if (current != null && !current.isBlank()) {
            values.add(current.strip());
        }
        return List.copyOf(values);
    }

    public StringProperty topicProperty() {
        return f.topic;
    }

    public ObjectProperty<BannerKind> bannerKindProperty() {
        return f.bannerKind;
    }

    public StringProperty sessionTopicProperty() {
        return f.sessionTopic;
    }

    /** The channel (news) or type (events, materials) the target counts; "" for all. */
    public StringProperty choiceProperty() {
        return f.choice;
    }

    /** The editable fields, filled from a target or with the defaults of a new one. */
    private static final class TargetFields {
        final StringProperty code = new SimpleStringProperty("");
        final StringProperty name = new SimpleStringProperty("");
        final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>();
        final ObjectProperty<Measure> measure = new SimpleObjectProperty<>();
        final ObjectProperty<Cadence> cadence = new SimpleObjectProperty<>();
        final StringProperty value = new SimpleStringProperty("");
        final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
        final ObjectProperty<Integer> scopeLevel = new SimpleObjectProperty<>();
        final StringProperty windowFrom = new SimpleStringProperty("");
        final StringProperty windowTo = new SimpleStringProperty("");
        final BooleanProperty repeatsYearly = new SimpleBooleanProperty();
        final BooleanProperty newProductionOnly = new SimpleBooleanProperty();
        final ObjectProperty<Integer> unitLevel = new SimpleObjectProperty<>();
        final StringProperty topic = new SimpleStringProperty("");
        final ObjectProperty<BannerKind> bannerKind = new SimpleObjectProperty<>();
        final StringProperty sessionTopic = new SimpleStringProperty("");
        final ObjectProperty<UnitType> scopeUnitType = new SimpleObjectProperty<>();
        final StringProperty minSharePercent = new SimpleStringProperty("");
        final StringProperty choice = new SimpleStringProperty("");

        void fill(Target t) {
            TargetFilter filter = t == null ? TargetFilter.NONE : t.filter();
            code.set(t == null ? "" : t.code());
            name.set(t == null ? "" : t.name());
            kind.set(t == null ? ActivityKind.BROADCAST : t.kind());
            measure.set(t == null ? Measure.COUNT : t.measure());
            cadence.set(t == null ? Cadence.WEEK : t.cadence());
            value.set(t == null ? "1" : Long.toString(t.value()));
            scope.set(t == null ? Scope.EACH : t.scope());
            scopeLevel.set(t == null ? null : t.scopeLevel());
            windowFrom.set(t == null ? "" : Formats.date(t.windowFrom()));
            windowTo.set(t == null ? "" : Formats.date(t.windowTo()));
            repeatsYearly.set(t != null && t.repeatsYearly());
            newProductionOnly.set(filter.newProductionOnly());
            unitLevel.set(filter.unitLevel());
            topic.set(filter.topic() == null ? "" : filter.topic());
            bannerKind.set(filter.bannerKind());
            sessionTopic.set(filter.sessionTopic() == null ? "" : filter.sessionTopic());
            scopeUnitType.set(t == null ? null : t.scopeUnitType());
            minSharePercent.set(t == null || t.minSharePercent() == null ? "" : Integer.toString(t.minSharePercent()));
            choice.set(filter.choice() == null ? "" : filter.choice());
        }
    }
}
