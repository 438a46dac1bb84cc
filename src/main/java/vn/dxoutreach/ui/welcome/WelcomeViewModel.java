package vn.dxoutreach.ui.welcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dxoutreach.domain.LevelName;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.sample.SampleDataGenerator;
import vn.dxoutreach.sample.SampleSize;
import vn.dxoutreach.store.Office;
import vn.dxoutreach.store.Store;
import vn.dxoutreach.text.Messages;
import vn.dxoutreach.ui.form.FieldErrors;
import vn.dxoutreach.ui.dashboard.StartChecklistViewModel;
import vn.dxoutreach.ui.units.LevelScheme;

/**
 * The first-run form: the level names (the two-level scheme of today first), the office's unit, the
 * heading of its documents, the name of the person entering data and optionally its child units, saved
 * together; or one of the two samples instead.
 */
public final class WelcomeViewModel {

    public static final String LEVELS = "levels";
    public static final String OFFICE_CODE = "officeCode";
    public static final String OFFICE_NAME = "officeName";
    public static final String OFFICE_LEVEL = "officeLevel";
    public static final String CHILDREN = "children";
    public static final String RECORDER = "recorder";

    /** The commune's level in the two-level scheme and in the four-level one. */
    static final int COMMUNE_LEVEL_TWO = 2;
    static final int COMMUNE_LEVEL_FOUR = 3;

    /** The samples the welcome offers. */
    public enum Sample { PROVINCE, DISTRICT }

    /** The same seed always gives the same sample activities. */
    static final long SAMPLE_SEED = 20251010L;

    private final Store store;
    private final Messages messages;
    private final OfficeHeading heading;
    private final StringProperty levels = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final IntegerProperty officeLevel = new SimpleIntegerProperty(COMMUNE_LEVEL_TWO);
    private final StringProperty parentBody = new SimpleStringProperty("");
    private final StringProperty issuingBody = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty recorder = new SimpleStringProperty("");
    private final ObservableList<ChildUnitRow> children = FXCollections.observableArrayList();
    private final StringBinding parentBodyShown;
    private final StringBinding issuingBodyShown;
    private final StringBinding placeShown;

    public WelcomeViewModel(Store store, Messages messages) {
        this.store = store;
        this.messages = messages;
        this.heading = new OfficeHeading(messages);
        useTwoLevelScheme(true);
        parentBodyShown = Bindings.createStringBinding(() -> suggestion(suggestedParentBody(),
                "welcome.header.parentBody.prompt"), officeName);
        issuingBodyShown = Bindings.createStringBinding(() -> suggestion(suggestedIssuingBody(),
                "welcome.header.issuingBody.prompt"), officeLevel);
        placeShown = Bindings.createStringBinding(() -> suggestion(suggestedPlace(),
                "welcome.header.place.prompt"), officeName, officeLevel, levels);
    }

    /**
     * Fills the level names with a preset: the two-level scheme since 7/2025 (the default), or the former
     * four levels for offices that keep older history; the office stays a commune in either.
     */
    public void useTwoLevelScheme(boolean twoLevel) {
        officeLevel.set(twoLevel ? COMMUNE_LEVEL_TWO : COMMUNE_LEVEL_FOUR);
        levels.set(messages.get(twoLevel ? "welcome.scheme.two.names" : "welcome.scheme.four.names"));
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty placeProperty() {
        return place;
    }

    /** "Người nhập liệu": kept with every record entered here, instead of the computer's login name. */
    public StringProperty recorderProperty() {
        return recorder;
    }

    /** What the heading will say when its field is left blank, or an example while nothing suggests it. */
    public StringBinding parentBodyPrompt() {
        return parentBodyShown;
    }

    public StringBinding issuingBodyPrompt() {
        return issuingBodyShown;
    }

    public StringBinding placePrompt() {
        return placeShown;
    }

    String suggestedParentBody() {
        return heading.parentBody(officeName.get());
    }

    String suggestedIssuingBody() {
        return heading.issuingBody(officeLevel.get());
    }

    String suggestedPlace() {
        List<String> names = levelNames();
        int level = officeLevel.get();
        return heading.place(officeName.get(), level >= 1 && level <= names.size() ? names.get(level - 1) : "");
    }

    private String suggestion(String suggested, String exampleKey) {
        return suggested.isEmpty() ? messages.get(exampleKey) : suggested;
    }

    private static String orElse(StringProperty typed, String suggested) {
        return typed.get().isBlank() ? suggested : typed.get().strip();
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
        errors.required(RECORDER, recorder.get());
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
            store.settings.putOfficeProfile(new OfficeProfile(orElse(parentBody, suggestedParentBody()),
                    orElse(issuingBody, suggestedIssuingBody()), "", orElse(place, suggestedPlace()), "", "",
                    List.of()), recorder.get());
            StartChecklistViewModel.open(store);
            return null;
        });
        return errors;
    }

    /** The welcome's description of a sample, with the counts the generator will make. */
    public String sampleHint(Sample sample) {
        SampleDataGenerator.Shape shape = sample == Sample.PROVINCE ? SampleDataGenerator.provinceShape()
                : SampleDataGenerator.districtShape();
        return sample == Sample.PROVINCE
                ? messages.get("welcome.sample.province.hint", shape.newCommunes(), shape.communes(), shape.districts())
                : messages.get("welcome.sample.district.hint", shape.communes(), shape.newCommunes());
    }

    /** Fills the store with a sample up to {@code today} and makes its office this installation's; slow. */
    public SampleDataGenerator.Summary openSample(Sample sample, LocalDate today) {
        SampleDataGenerator generator = new SampleDataGenerator(store);
        return sample == Sample.PROVINCE ? generator.generateProvince(today, SAMPLE_SEED)
                : generator.generate(SampleSize.DISTRICT, today, SAMPLE_SEED);
    }
}
