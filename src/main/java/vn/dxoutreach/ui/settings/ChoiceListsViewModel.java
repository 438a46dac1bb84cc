package vn.dxoutreach.ui.settings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dxoutreach.domain.ChoiceList;
import vn.dxoutreach.domain.ChoiceValue;
import vn.dxoutreach.domain.InputRules;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.store.DataKind;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.StoreChange;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;

/**
 * The lists of channels and types in Cài đặt: the values shipped with the application, and the
 * office's own, which it adds and removes. Removing a value takes it out of the pickers only: the
 * records that use it keep their text. The methods that read or write are store work, for the task runner.
 */
public final class ChoiceListsViewModel {

    private final Store store;
    private final Messages messages;

    /** One list as Cài đặt shows it. */
    public record Shown(ChoiceList list, List<String> shipped, List<Own> own) {
    }

    /**
     * A value added by an office; {@code removable} when this office added it (one received from a
     * higher office in a data package is that office's to remove).
     */
    public record Own(UUID id, String value, boolean removable) {
    }

    public ChoiceListsViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** Whether a committed change may have changed the lists (an own value, or one from a package). */
    public static boolean changes(StoreChange change) {
        return change.touches(DataKind.CHOICE);
    }

    /** Reads a list; store work. */
    public Shown load(ChoiceList list) {
        UUID office = officeId();
        return new Shown(list, list.shipped(), store.choices.added(list).stream()
                .map(v -> new Own(v.meta().id(), v.value(), v.meta().unitId().equals(office))).toList());
    }

    /**
     * Why the text cannot be added to the list, in words; empty when it can. Compared ignoring case
     * and spaces at the ends, as the targets' filters match values.
     */
    public Optional<String> problem(Shown shown, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of(messages.get("settings.lists.error.empty"));
        }
        if (!InputRules.fits("value", value)) {
            return Optional.of(messages.get("activity.error.tooLong", InputRules.maxLength("value"), value.length()));
        }
        boolean known = shown.shipped().stream().anyMatch(v -> v.equalsIgnoreCase(value))
                || shown.own().stream().anyMatch(v -> v.value().strip().equalsIgnoreCase(value));
        return known ? Optional.of(messages.get("settings.lists.error.known", value)) : Optional.empty();
    }

    /** Adds the office's own value (checked with {@link #problem} first); store work. */
    public void add(ChoiceList list, String text) {
        store.choices.save(new ChoiceValue(RecordMeta.fresh(officeId(), store.clock().instant()), list, text.strip()));
    }

    /** Removes an own value from the list; the records that use it keep it. Store work. */
    public void remove(UUID id) {
        store.choices.delete(id);
    }

    private UUID officeId() {
        return new Office(store).unit().map(Unit::id).orElseThrow();
    }
}
