package vn.dxoutreach.store;

import static vn.dxoutreach.store.BroadcastRepository.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.OutreachEvent;

/** The events the units hold; each is dated by its first day. */
public final class OutreachEventRepository extends ActivityRepository<OutreachEvent> {

    public OutreachEventRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.EVENT);
    }

    @Override
    protected List<String> columns() {
        return List.of("starts_on", "ends_on", "name", "type", "organiser", "participants", "location", "note",
                "recorded_by");
    }

    @Override
    protected List<Object> values(OutreachEvent e) {
        return Arrays.asList(e.startsOn(), e.endsOn(), e.name(), e.type(), nullToEmpty(e.organiser()),
                e.participants(), nullToEmpty(e.location()), nullToEmpty(e.note()), e.recordedBy());
    }

    @Override
    protected OutreachEvent map(ResultSet rs) throws SQLException {
        return new OutreachEvent(Columns.meta(rs), Columns.date(rs, "starts_on"), Columns.date(rs, "ends_on"),
                rs.getString("name"), rs.getString("type"), rs.getString("organiser"), rs.getInt("participants"),
                rs.getString("location"), rs.getString("note"), rs.getString("recorded_by"));
    }
}
