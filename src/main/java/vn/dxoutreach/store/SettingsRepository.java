package vn.dxoutreach.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dxoutreach.domain.OfficeProfile;

/** Simple named settings of this installation (office unit, language, backup count, …). */
public final class SettingsRepository {

    public static final String OFFICE_UNIT = "office.unit";
    public static final String LANGUAGE = "ui.language";
    /** The name of the person entering records on this PC ("Người nhập liệu"), kept with each record. */
    public static final String RECORDER = "entry.recorder";
    /** "open" from the welcome's set-up until the "Bắt đầu" checklist of Tổng quan is done or dismissed. */
    public static final String START_CHECKLIST = "start.checklist";

    /** Keys of the {@link OfficeProfile} fields; recipients are stored one per line. */
    public static final String PROFILE_PARENT_BODY = "office.profile.parentBody";
    public static final String PROFILE_ISSUING_BODY = "office.profile.issuingBody";
    public static final String PROFILE_SYMBOL_SUFFIX = "office.profile.symbolSuffix";
    public static final String PROFILE_PLACE = "office.profile.place";
    public static final String PROFILE_SIGNATORY_TITLE = "office.profile.signatoryTitle";
    public static final String PROFILE_SIGNATORY_NAME = "office.profile.signatoryName";
    public static final String PROFILE_RECIPIENTS = "office.profile.recipients";

    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every setting whose key starts with {@code prefix}, key to value. */
    public java.util.Map<String, String> withPrefix(String prefix) {
        return db.read(c -> {
            java.util.Map<String, String> found = new java.util.HashMap<>();
            try (var ps = c.prepareStatement("SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?")) {
                ps.setInt(1, prefix.length());
                ps.setString(2, prefix);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return found;
        });
    }

    /** Stores several settings in one transaction. */
    public void putAll(java.util.Map<String, String> values) {
        db.write(c -> {
            values.forEach(this::put);
            return null;
        });
    }

    /**
     * Stores a value (an unchanged one writes nothing). Only the office's unit is a setting the
     * progress figures depend on: the others do not count as changes to them ({@link Database#uncounted}),
     * so that keeping a report's paragraphs before writing it does not make the figures be worked out again.
     */
    public void put(String key, String value) {
        db.write(c -> {
            db.noteChange(DataKind.SETTING, null, null);
            SqlWork<Integer> upsert = connection -> {
                try (var ps = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value")) {
                    ps.setString(1, key);
                    ps.setString(2, vn.dxoutreach.domain.InputRules.nfc(value));
                    return ps.executeUpdate();
                }
            };
            return asChangeOf(key, upsert, c);
        });
    }

    /** Forgets a value; like {@link #put}, only the office's unit counts as a change to the figures. */
    public void remove(String key) {
        db.write(c -> {
            db.noteChange(DataKind.SETTING, null, null);
            SqlWork<Integer> delete = connection -> {
                try (var ps = connection.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                    ps.setString(1, key);
                    return ps.executeUpdate();
                }
            };
            return asChangeOf(key, delete, c);
        });
    }

    /** Runs a write of the key's value: counted as a change to the figures for the office's unit only. */
    private <T> T asChangeOf(String key, SqlWork<T> work, java.sql.Connection c) throws java.sql.SQLException {
        return OFFICE_UNIT.equals(key) ? work.run(c) : db.uncounted(work);
    }

    /** Who enters records on this PC: the name set in Cài đặt, else the operating system's user name. */
    public String recorderName() {
        return get(RECORDER).filter(name -> !name.isBlank()).orElseGet(SettingsRepository::systemUserName);
    }

    static String systemUserName() {
        String name = System.getProperty("user.name");
        return name == null ? "" : name.strip();
    }

    /** How the office names itself on printed documents; blank fields where nothing is stored. */
    public OfficeProfile officeProfile() {
        String recipients = get(PROFILE_RECIPIENTS).orElse("");
        return new OfficeProfile(get(PROFILE_PARENT_BODY).orElse(""), get(PROFILE_ISSUING_BODY).orElse(""),
                get(PROFILE_SYMBOL_SUFFIX).orElse(""), get(PROFILE_PLACE).orElse(""),
                get(PROFILE_SIGNATORY_TITLE).orElse(""), get(PROFILE_SIGNATORY_NAME).orElse(""),
                recipients.isBlank() ? List.of() : Arrays.stream(recipients.split("\n")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList());
    }

    /** Stores the profile and the data-entry name of this PC in one transaction (Cài đặt saves them together). */
    public void putOfficeProfile(OfficeProfile profile, String recorderName) {
        db.write(c -> {
            putOfficeProfile(profile);
            put(RECORDER, recorderName.strip());
            return null;
        });
    }

    /** Stores every field of the profile in one transaction. */
    public void putOfficeProfile(OfficeProfile profile) {
        db.write(c -> {
            put(PROFILE_PARENT_BODY, profile.parentBody().strip());
            put(PROFILE_ISSUING_BODY, profile.issuingBody().strip());
            put(PROFILE_SYMBOL_SUFFIX, profile.symbolSuffix().strip());
            put(PROFILE_PLACE, profile.place().strip());
            put(PROFILE_SIGNATORY_TITLE, profile.signatoryTitle().strip());
            put(PROFILE_SIGNATORY_NAME, profile.signatoryName().strip());
            put(PROFILE_RECIPIENTS, String.join("\n", profile.recipients()));
            return null;
        });
    }
}
