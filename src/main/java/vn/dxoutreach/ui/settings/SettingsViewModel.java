package vn.dxoutreach.ui.settings;

import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dxoutreach.domain.OfficeProfile;
import vn.dxoutreach.store.SettingsRepository;
import vn.dxoutreach.store.Store;

/** Cài đặt: the language, the office's details printed on documents, and where the data live. */
public final class SettingsViewModel {

    /** The languages offered, as stored under {@link SettingsRepository#LANGUAGE}. */
    public static final String VIETNAMESE = "vi";
    public static final String ENGLISH = "en";

    private final Store store;
    private final StringProperty parentBody = new SimpleStringProperty();
    private final StringProperty issuingBody = new SimpleStringProperty();
    private final StringProperty symbolSuffix = new SimpleStringProperty();
    private final StringProperty place = new SimpleStringProperty();
    private final StringProperty signatoryTitle = new SimpleStringProperty();
    private final StringProperty signatoryName = new SimpleStringProperty();
    private final StringProperty recipients = new SimpleStringProperty();
    private final StringProperty recorder = new SimpleStringProperty();

    /** What Cài đặt shows, read together off the FX thread. */
    public record Stored(String language, OfficeProfile profile, String recorder) {
    }

    /** The fields stay empty until {@link #show} gives them what {@link #load} read. */
    public SettingsViewModel(Store store) {
        this.store = store;
    }

    /** Reads the settings; store work, for the task runner. */
    public Stored load() {
        return new Stored(language(), store.settings.officeProfile(), store.settings.recorderName());
    }

    /** Puts what was read into the fields; on the FX thread. */
    public void show(Stored stored) {
        OfficeProfile profile = stored.profile();
        parentBody.set(profile.parentBody());
        issuingBody.set(profile.issuingBody());
        symbolSuffix.set(profile.symbolSuffix());
        place.set(profile.place());
        signatoryTitle.set(profile.signatoryTitle());
        signatoryName.set(profile.signatoryName());
        recipients.set(String.join("\n", profile.recipients()));
        recorder.set(stored.recorder());
    }

    /** The stored language, Vietnamese by default. */
    public String language() {
        return store.settings.get(SettingsRepository.LANGUAGE).orElse(VIETNAMESE);
    }

    /** Remembers the language; true when it changed (the window then reloads). */
    public boolean setLanguage(String language) {
        if (language.equals(language())) {
            return false;
        }
        store.settings.put(SettingsRepository.LANGUAGE, language);
        return true;
    }

    /** The profile as typed: blank recipient lines are dropped. */
    public OfficeProfile profile() {
        return new OfficeProfile(parentBody.get(), issuingBody.get(), symbolSuffix.get(), place.get(),
                signatoryTitle.get(), signatoryName.get(), Arrays.stream(recipients.get().split("\n"))
                        .map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    /** Stores the profile and the data-entry name together. */
    public void saveProfile() {
        store.settings.putOfficeProfile(profile(), recorder.get() == null ? "" : recorder.get());
    }

    /** A year's 10/10 campaign as the screen edits it: the theme, and the official slogans one a line. */
    public record Campaign(String theme, String slogans) {
    }

    /** The year's theme and official slogans (those of no particular year while it has none of its own). */
    public Campaign campaign(int year) {
        return new Campaign(store.slogans.themeOf(year), String.join("\n", store.slogans.officialFor(year).stream()
                .map(vn.dxoutreach.domain.Slogan::text).toList()));
    }

    /** Stores the year's theme and official slogans (one a line, blank lines dropped); they travel down in packages. */
    public void saveCampaign(int year, Campaign campaign) {
        java.util.UUID office = new vn.dxoutreach.store.Office(store).unit().map(vn.dxoutreach.domain.Unit::id)
                .orElseThrow();
        store.slogans.setCampaign(year, campaign.theme(), Arrays.asList(campaign.slogans().split("\n")), office);
    }

    /** This year, the one the campaign section opens on. */
    public int thisYear() {
        return java.time.LocalDate.now(store.clock()).getYear();
    }

    public Path dataFolder() {
        return store.folder().root();
    }

    public StringProperty parentBodyProperty() {
        return parentBody;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty symbolSuffixProperty() {
        return symbolSuffix;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty signatoryTitleProperty() {
        return signatoryTitle;
    }

    public StringProperty signatoryNameProperty() {
        return signatoryName;
    }

    /** Who enters records on this PC ("Người nhập liệu"), kept with every record saved here. */
    public StringProperty recorderProperty() {
        return recorder;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }
}
