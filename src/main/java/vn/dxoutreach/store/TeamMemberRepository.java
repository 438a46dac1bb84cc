package vn.dxoutreach.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.TeamMember;

/** The members of the community digital-technology teams, each on the team of its unit. */
public final class TeamMemberRepository extends RecordRepository<TeamMember> {

    /** Teams and members active on a day: "N tổ, M thành viên". */
    public record Roster(int teams, int members) {
    }

    public TeamMemberRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "team_member";
    }

    @Override
    protected String dateColumn() {
        return "joined_on";
    }

    @Override
    protected List<String> columns() {
        return List.of("name", "role", "phone", "joined_on", "left_on");
    }

    @Override
    protected List<Object> values(TeamMember m) {
        return Arrays.asList(m.name(), m.role(), m.phone(), m.joinedOn(), m.leftOn());
    }

    @Override
    protected TeamMember map(ResultSet rs) throws SQLException {
        return new TeamMember(Columns.meta(rs), rs.getString("name"), rs.getString("role"), rs.getString("phone"),
                Columns.date(rs, "joined_on"), Columns.date(rs, "left_on"));
    }

    /** The live members of the units' teams, those who left included, by unit, date joined and name. */
    public List<TeamMember> ofUnits(Collection<UUID> unitIds) {
        Set<String> wanted = new HashSet<>();
        unitIds.forEach(id -> wanted.add(id.toString()));
        return listLive().stream().filter(m -> wanted.contains(m.meta().unitId().toString()))
                .sorted(java.util.Comparator.comparing((TeamMember m) -> m.meta().unitId().toString())
                        .thenComparing(TeamMember::joinedOn).thenComparing(TeamMember::name))
                .toList();
    }

    /**
     * The teams (units of the given ones with at least one member active on the day) and their active
     * members, as a report states them.
     */
    public Roster countAsOf(Collection<UUID> unitIds, LocalDate day) {
        Set<String> wanted = new HashSet<>();
        unitIds.forEach(id -> wanted.add(id.toString()));
        // a province's area has thousands of units: the day's members are few, filter them here
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id FROM team_member WHERE deleted = 0"
                    + " AND joined_on <= ? AND (left_on IS NULL OR left_on >= ?)")) {
                ps.setString(1, day.toString());
                ps.setString(2, day.toString());
                Set<String> teams = new HashSet<>();
                int members = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String unit = rs.getString(1);
                        if (wanted.contains(unit)) {
                            teams.add(unit);
                            members++;
                        }
                    }
                }
                return new Roster(teams.size(), members);
            }
        });
    }

    /** A new member of a unit's team, created now. */
    public TeamMember fresh(UUID unitId, String name, String role, String phone, LocalDate joinedOn,
            LocalDate leftOn) {
        return new TeamMember(RecordMeta.fresh(unitId, clock.instant()), name, role, phone, joinedOn, leftOn);
    }
}
