package vn.dxoutreach.ui.welcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.units.LevelScheme;

/**
 * The first-run form: the level names, the office's unit and optionally its child units, saved
 * together; or the sample district instead.
 */
public final class WelcomeViewModel {

    public static final String LEVELS = "levels";
    public static final String OFFICE_CODE = "officeCode";
    public static final String OFFICE_NAME = "officeName";
    public static final String OFFICE_LEVEL = "officeLevel";
    public static final String CHILDREN = "children";

    /** The same seed always gives the same sample activities. */
    static final long SAMPLE_SEED = 20251010L;

    private final Store store;
    private final Messages messages;
    private final StringProperty levels = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final IntegerProperty officeLevel = new SimpleIntegerProperty(2);
    private final ObservableList<ChildUnitRow> children = FXCollections.observableArrayList();

    public WelcomeViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        useTwoLevelScheme(false);
    }

    /** Fills the level names with a preset: the two-level scheme since 7/2025, or the former four levels. */
    public void useTwoLevelScheme(boolean twoLevel) {
        officeLevel.set(2);
        levels.set(messages.get(twoLevel ? "welcome.scheme.two.names" : "welcome.scheme.four.names"));
    }

    public StringProperty levelsProperty() {
        return levels;
    }

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public IntegerProperty officeLevelProperty() {
        return officeLevel;
    }

    public ObservableList<ChildUnitRow> children() {
        return children;
    }

    /** The level names as typed so far, for the level choice. */
    public List<String> levelNames() {
        return LevelScheme.names(levels.get());
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors(messages);
        List<LevelName> names = LevelScheme.read(errors, LEVELS, levels.get(),
                messages.get("levels.error.blankPart"));
        String code = errors.required(OFFICE_CODE, officeCode.get());
        errors.required(OFFICE_NAME, officeName.get());
        int level = officeLevel.get();
        if (!names.isEmpty() && (level < 1 || level > names.size())) {
            errors.add(OFFICE_LEVEL, messages.get("welcome.error.level"));
        }
        if (!code.isEmpty() && store.units.findByCode(code).isPresent()) {
            errors.add(OFFICE_CODE, messages.get("units.error.codeTaken", code));
        }
        checkChildren(errors, code, names.size(), level);
        return errors;
    }

    private void checkChildren(FieldErrors errors, String officeCodeText, int levelCount, int level) {
        Set<String> codes = new HashSet<>();
        codes.add(officeCodeText);
        int line = 0;
        for (ChildUnitRow row : children) {
            line++;
            if (row.isBlank()) {
                continue;
            }
            if (levelCount > 0 && level >= levelCount) {
                errors.add(CHILDREN, messages.get("welcome.error.noChildLevel"));
            }
            String code = row.codeProperty().get().strip();
            if (code.isEmpty() || row.nameProperty().get().isBlank()) {
                errors.add(CHILDREN, messages.get("welcome.error.childIncomplete", line));
            } else if (!codes.add(code) || store.units.findByCode(code).isPresent()) {
                errors.add(CHILDREN, messages.get("units.error.codeTaken", code));
            }
        }
    }

    /**
     * Saves the level names, the office unit, its child units and the office setting in one
     * transaction; returns the errors instead when the form is not valid (nothing is saved then).
     */
    public FieldErrors save() {
        FieldErrors errors = validate();
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant now = store.clock().instant();
        int level = officeLevel.get();
        store.db().write(c -> {
            store.levels.replaceAll(LevelScheme.read(new FieldErrors(messages), LEVELS, levels.get(), ""));
            Unit office = store.units.save(Unit.fresh(officeCode.get().strip(), officeName.get().strip(), level,
                    null, null, null, List.of(), now));
            for (ChildUnitRow row : children) {
                if (!row.isBlank()) {
                    store.units.save(Unit.fresh(row.codeProperty().get().strip(), row.nameProperty().get().strip(),
                            level + 1, office.id(), null, null, List.of(), now));
                }
            }
            new Office(store).set(office);
            return null;
        });
        return errors;
    }

    /** Fills the store with the sample district up to {@code today} and makes it the office; slow. */
    public SampleDataGenerator.Summary openSample(LocalDate today) {
        return new SampleDataGenerator(store).generate(SampleSize.DISTRICT, today, SAMPLE_SEED);
    }
}
