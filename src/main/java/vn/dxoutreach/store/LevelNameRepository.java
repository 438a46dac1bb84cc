package vn.dxoutreach.store;

import java.util.ArrayList;
import java.util.List;
import vn.dxoutreach.domain.LevelName;

/** The names the office gives to the levels of its unit tree. */
public final class LevelNameRepository {

    private final Database db;

    public LevelNameRepository(Database db) {
        this.db = db;
    }

    /** The level names, top level first. */
    public List<LevelName> list() {
        return db.read(c -> {
            List<LevelName> names = new ArrayList<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT level, name FROM level_name ORDER BY level")) {
                while (rs.next()) {
                    names.add(new LevelName(rs.getInt(1), rs.getString(2)));
                }
            }
            return names;
        });
    }

    /** Replaces all level names. */
    public void replaceAll(List<LevelName> names) {
        db.write(c -> {
            db.noteChange(DataKind.LEVEL_NAME, null, null);
            try (var clear = c.createStatement();
                 var add = c.prepareStatement("INSERT INTO level_name (level, name) VALUES (?, ?)")) {
                clear.executeUpdate("DELETE FROM level_name");
                for (LevelName name : names) {
                    add.setInt(1, name.level());
                    add.setString(2, vn.dxoutreach.domain.InputRules.nfc(name.name()));
                    add.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The name of a level, or null when the office has not named it. */
    public String nameOf(int level) {
        return list().stream().filter(n -> n.level() == level).map(LevelName::name).findFirst().orElse(null);
    }
}
