package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.Broadcast;
import vn.dxoutreach.domain.Production;
import vn.dxoutreach.domain.Slot;

/** The airings of every unit's loudspeaker station. */
public final class BroadcastRepository extends ActivityRepository<Broadcast> {

    public BroadcastRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.BROADCAST);
    }

    @Override
    protected List<String> columns() {
        return List.of("aired_on", "slot", "program_title", "production", "minutes", "topic", "note", "recorded_by");
    }

    @Override
    protected List<Object> values(Broadcast b) {
        return Arrays.asList(b.airedOn(), b.slot(), b.programTitle(), b.production(), b.minutes(),
                nullToEmpty(b.topic()), nullToEmpty(b.note()), b.recordedBy());
    }

    @Override
    protected Broadcast map(ResultSet rs) throws SQLException {
        return new Broadcast(Columns.meta(rs), Columns.date(rs, "aired_on"), Slot.valueOf(rs.getString("slot")),
                rs.getString("program_title"), Production.valueOf(rs.getString("production")),
                rs.getInt("minutes"), rs.getString("topic"), rs.getString("note"), rs.getString("recorded_by"));
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The topics recorded so far, each once: what a target's topic filter can match. */
    public List<String> topicsInUse() {
        return valuesInUse("topic");
    }
}
