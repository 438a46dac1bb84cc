package vn.dxoutreach.ui.roster;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.domain.TeamMember;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Formats;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;

/** The form of one member of a unit's Tổ công nghệ số cộng đồng: a new member, or one being edited or leaving. */
public final class MemberFormViewModel {

    public static final String UNIT = "unit";
    public static final String NAME = "name";
    public static final String ROLE = "role";
    public static final String PHONE = "phone";
    public static final String JOINED_ON = "joinedOn";
    public static final String LEFT_ON = "leftOn";

    private final Store store;
    private final Messages messages;
    private final ObjectProperty<UUID> unit = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty joinedOn = new SimpleStringProperty("");
    private final StringProperty leftOn = new SimpleStringProperty("");
    private TeamMember editing;

    public MemberFormViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** A new member of the unit's team (null: none chosen yet), joining today unless changed. */
    public void startNew(UUID unitId) {
        editing = null;
        unit.set(unitId);
        name.set("");
        role.set("");
        phone.set("");
        joinedOn.set(Formats.date(today()));
        leftOn.set("");
    }

    public void startEdit(TeamMember member) {
        editing = member;
        unit.set(member.meta().unitId());
        name.set(member.name());
        role.set(member.role());
        phone.set(member.phone());
        joinedOn.set(Formats.date(member.joinedOn()));
        leftOn.set(Formats.date(member.leftOn()));
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The member being edited, or the one just saved. */
    public Optional<TeamMember> current() {
        return Optional.ofNullable(editing);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        if (unit.get() == null) {
            errors.add(UNIT, messages.get("form.error.choose"));
        }
        errors.required(NAME, name.get());
        for (String field : new String[] {NAME, ROLE, PHONE}) {
            if (!InputRules.fits(field, text(field))) {
                errors.add(field, messages.get("roster.error.tooLong", InputRules.maxLength(field)));
            }
        }
        if (!TeamMember.isPhone(phone.get().strip())) {
            errors.add(PHONE, messages.get("roster.error.phone"));
        }
        LocalDate joined = errors.date(JOINED_ON, joinedOn.get(), true);
        LocalDate left = errors.date(LEFT_ON, leftOn.get(), false);
        errors.order(LEFT_ON, joined, left);
        return errors;
    }

    private String text(String field) {
        return switch (field) {
            case NAME -> name.get();
            case ROLE -> role.get();
            default -> phone.get();
        };
    }

    /** Saves the member when the form is valid (it then becomes {@link #current}); nothing is saved otherwise. */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        LocalDate joined = Formats.parseDate(joinedOn.get()).orElseThrow();
        LocalDate left = Formats.parseDate(leftOn.get()).orElse(null);
        TeamMember member = editing == null
                ? store.members.fresh(unit.get(), name.get().strip(), role.get().strip(), phone.get().strip(), joined, left)
                : new TeamMember(editing.meta().withUnit(unit.get()), name.get().strip(), role.get().strip(),
                        phone.get().strip(), joined, left);
        editing = store.members.save(member);
        return errors;
    }

    /** The member leaves the team today (or on the day already typed), then is saved as {@link #save} does. */
    public FieldErrors endMembership() {
        if (leftOn.get().isBlank()) {
            leftOn.set(Formats.date(today()));
        }
        return save();
    }

    /** Deletes the member being edited (a tombstone, as every record); the form starts a new member of its unit. */
    public void delete() {
        if (editing != null) {
            store.members.delete(editing.meta().id());
            startNew(editing.meta().unitId());
        }
    }

    private LocalDate today() {
        return LocalDate.now(store.clock());
    }

    public ObjectProperty<UUID> unitProperty() {
        return unit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty joinedOnProperty() {
        return joinedOn;
    }

    public StringProperty leftOnProperty() {
        return leftOn;
    }
}
