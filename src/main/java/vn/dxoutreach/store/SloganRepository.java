package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Slogan;

/** The slogans banners pick from; the official ones first. */
public final class SloganRepository extends RecordRepository<Slogan> {

    /** The two official slogans for National Digital Transformation Day, 10/10. */
    public static final List<String> OFFICIAL = List.of(
            "CHÀO MỪNG NGÀY CHUYỂN ĐỔI SỐ QUỐC GIA 10/10", // NOI18N official text, never translated
            "CHUYỂN ĐỔI SỐ GIẢI QUYẾT CÁC VẤN ĐỀ CỦA XÃ HỘI VÌ MỘT CUỘC SỐNG TỐT ĐẸP HƠN CHO NGƯỜI DÂN"); // NOI18N

    public SloganRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "slogan";
    }

    @Override
    protected List<String> columns() {
        return List.of("text", "official", "campaign_year", "theme");
    }

    @Override
    protected List<Object> values(Slogan s) {
        return Arrays.asList(s.text(), s.official(), s.campaignYear(), s.theme());
    }

    @Override
    protected RecordMeta meta(Slogan record) {
        return record.meta();
    }

    @Override
    protected Slogan withMeta(Slogan s, RecordMeta meta) {
        return new Slogan(meta, s.text(), s.official(), s.campaignYear(), s.theme());
    }

    @Override
    protected Slogan map(ResultSet rs) throws SQLException {
        return new Slogan(Columns.meta(rs), rs.getString("text"), rs.getInt("official") != 0,
                Columns.nullableInt(rs, "campaign_year"), rs.getInt("theme") != 0);
    }

    /** Live slogans banners pick from, official first (the latest campaign's first), then by text. */
    public List<Slogan> ordered() {
        return query("SELECT * FROM slogan WHERE deleted = 0 AND theme = 0"
                + " ORDER BY official DESC, coalesce(campaign_year, 0) DESC, created_at, text");
    }

    /**
     * The official slogans of the year's 10/10 campaign: those set for the year, else those of no
     * particular year.
     */
    public List<Slogan> officialFor(int year) {
        List<Slogan> official = ordered().stream().filter(Slogan::official).toList();
        List<Slogan> own = official.stream().filter(s -> Integer.valueOf(year).equals(s.campaignYear())).toList();
        return own.isEmpty() ? official.stream().filter(s -> s.campaignYear() == null).toList() : own;
    }

    /** The year's theme, blank when none was set. */
    public String themeOf(int year) {
        return query("SELECT * FROM slogan WHERE deleted = 0 AND theme = 1 AND campaign_year = ? ORDER BY updated_at DESC",
                year).stream().map(Slogan::text).findFirst().orElse("");
    }

    /**
     * Sets the year's theme and official slogans: the year's slogans not in the list are deleted, the
     * new ones added, owned by the office unit; one transaction.
     */
    public void setCampaign(int year, String theme, List<String> slogans, java.util.UUID officeUnitId) {
        db.write(c -> {
            List<Slogan> stored = query("SELECT * FROM slogan WHERE deleted = 0 AND campaign_year = ?", year);
            List<String> wanted = slogans.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            String wantedTheme = theme == null ? "" : theme.strip();
            for (Slogan s : stored) {
                boolean keep = s.theme() ? s.text().equals(wantedTheme) : wanted.contains(s.text());
                if (!keep) {
                    delete(s.meta().id());
                }
            }
            for (String text : wanted) {
                if (stored.stream().noneMatch(s -> !s.theme() && s.text().equals(text))) {
                    save(new Slogan(RecordMeta.fresh(officeUnitId, clock.instant()), text, true, year, false));
                }
            }
            if (!wantedTheme.isEmpty() && stored.stream().noneMatch(s -> s.theme() && s.text().equals(wantedTheme))) {
                save(new Slogan(RecordMeta.fresh(officeUnitId, clock.instant()), wantedTheme, false, year, true));
            }
            return null;
        });
    }

    /** Adds the official slogans, owned by the office unit, unless already present. */
    public void ensureOfficial(java.util.UUID officeUnitId) {
        db.write(c -> {
            List<String> present = ordered().stream().map(Slogan::text).toList();
            for (String text : OFFICIAL) {
                if (!present.contains(text)) {
                    save(new Slogan(RecordMeta.fresh(officeUnitId, clock.instant()), text, true));
                }
            }
            return null;
        });
    }
}
