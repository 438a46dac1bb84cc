package vn.dxoutreach.store;

import static vn.dxoutreach.store.BroadcastRepository.nullToEmpty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.TeamSession;

/** The sessions of the community digital-technology teams. */
public final class TeamSessionRepository extends ActivityRepository<TeamSession> {

    public TeamSessionRepository(Database db, Clock clock) {
        super(db, clock, ActivityKind.TEAM_SESSION);
    }

    @Override
    protected List<String> columns() {
        return List.of("held_on", "support_topic", "people_helped", "apps_installed", "location", "note", "recorded_by");
    }

    @Override
    protected List<Object> values(TeamSession s) {
        return Arrays.asList(s.heldOn(), s.supportTopic(), s.peopleHelped(), s.appsInstalled(),
                nullToEmpty(s.location()), nullToEmpty(s.note()), s.recordedBy());
    }

    @Override
    protected TeamSession map(ResultSet rs) throws SQLException {
        return new TeamSession(Columns.meta(rs), Columns.date(rs, "held_on"), rs.getString("support_topic"),
                rs.getInt("people_helped"), rs.getInt("apps_installed"), rs.getString("location"),
                rs.getString("note"), rs.getString("recorded_by"));
    }

    /** The topics recorded so far, each once: what a target's topic filter can match. */
    public List<String> topicsInUse() {
        return valuesInUse("support_topic");
    }
}
