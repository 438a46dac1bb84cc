package vn.dxoutreach.store;

import static vn.dxoutreach.store.BroadcastRepository.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Material;

/** The printed materials handed out and the messages sent by the units. */
public final class MaterialRepository extends ActivityRepository<Material> {

    public MaterialRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.MATERIAL);
    }

    @Override
    protected List<String> columns() {
        return List.of("made_on", "type", "title", "quantity", "note", "recorded_by");
    }

    @Override
    protected List<Object> values(Material m) {
        return Arrays.asList(m.madeOn(), m.type(), m.title(), m.quantity(), nullToEmpty(m.note()), m.recordedBy());
    }

    @Override
    protected Material map(ResultSet rs) throws SQLException {
        return new Material(Columns.meta(rs), Columns.date(rs, "made_on"), rs.getString("type"), rs.getString("title"),
                rs.getInt("quantity"), rs.getString("note"), rs.getString("recorded_by"));
    }
}
