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
        return List.of("text", "official");
    }

    @Override
    protected List<Object> values(Slogan s) {
        return Arrays.asList(s.text(), s.official());
    }

    @Override
    protected RecordMeta meta(Slogan record) {
        return record.meta();
    }

    @Override
    protected Slogan withMeta(Slogan s, RecordMeta meta) {
        return new Slogan(meta, s.text(), s.official());
    }

    @Override
    protected Slogan map(ResultSet rs) throws SQLException {
        return new Slogan(Columns.meta(rs), rs.getString("text"), rs.getInt("official") != 0);
    }

    /** Live slogans, official first, then by text. */
    public List<Slogan> ordered() {
        return query("SELECT * FROM slogan WHERE deleted = 0 ORDER BY official DESC, created_at, text");
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
