package vn.dxoutreach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dxoutreach.domain.FormerParent;
import vn.dxoutreach.domain.RecordMeta;
import vn.dxoutreach.domain.Unit;
import vn.dxoutreach.domain.UnitType;
import vn.dxoutreach.domain.UnitTree;

/**
 * The administrative units with their merger links (predecessors), their former parents (a unit
 * moved from a day) and the ids other installations know them by (aliases). For mergers and moves
 * use {@link UnitReorganisation}.
 */
public final class UnitRepository extends RecordRepository<Unit> {

    public UnitRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "unit";
    }

    @Override
    protected List<String> columns() {
        return List.of("code", "name", "level", "parent_id", "valid_from", "valid_to", "unit_type");
    }

    @Override
    protected List<Object> values(Unit u) {
        return Arrays.asList(u.code(), u.name(), u.level(), u.parentId(), u.validFrom(), u.validTo(), u.type());
    }

    @Override
    protected RecordMeta meta(Unit record) {
        return record.meta();
    }

    @Override
    protected Unit withMeta(Unit u, RecordMeta meta) {
        return u.withMeta(meta);
    }

    @Override
    protected Unit map(ResultSet rs) throws SQLException {
        // predecessors are filled in by loadPredecessors; a row alone does not carry them
        return new Unit(Columns.meta(rs), rs.getString("code"), rs.getString("name"), rs.getInt("level"),
                Columns.uuid(rs, "parent_id"), Columns.date(rs, "valid_from"), Columns.date(rs, "valid_to"),
                List.of(), List.of(), UnitType.valueOf(rs.getString("unit_type")));
    }

    @Override
    protected List<Unit> query(String sql, Object... params) {
        List<Unit> units = super.query(sql, params);
        Map<UUID, List<UUID>> links = predecessorLinks();
        Map<UUID, List<FormerParent>> former = formerParents();
        List<Unit> result = new ArrayList<>(units.size());
        for (Unit u : units) {
            result.add(new Unit(u.meta(), u.code(), u.name(), u.level(), u.parentId(), u.validFrom(), u.validTo(),
                    links.getOrDefault(u.id(), List.of()), former.getOrDefault(u.id(), List.of()), u.type()));
        }
        return result;
    }

    private Map<UUID, List<FormerParent>> formerParents() {
        return db.read(c -> {
            Map<UUID, List<FormerParent>> former = new HashMap<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT unit_id, parent_id, until_day FROM unit_former_parent")) {
                while (rs.next()) {
                    former.computeIfAbsent(Columns.uuid(rs, "unit_id"), k -> new ArrayList<>())
                            .add(new FormerParent(Columns.uuid(rs, "parent_id"), Columns.date(rs, "until_day")));
                }
            }
            return former;
        });
    }

    /**
     * Links within a batch may point either way (a merged unit written before its predecessors, a
     * unit before its parent): the foreign keys are checked when the transaction commits.
     */
    @Override
    protected void beforeWrite(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    private Map<UUID, List<UUID>> predecessorLinks() {
        return db.read(c -> {
            Map<UUID, List<UUID>> links = new HashMap<>();
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT unit_id, predecessor_id FROM unit_predecessor")) {
                while (rs.next()) {
                    links.computeIfAbsent(Columns.uuid(rs, "unit_id"), k -> new ArrayList<>())
                            .add(Columns.uuid(rs, "predecessor_id"));
                }
            }
            return links;
        });
    }

    @Override
    protected void afterWrite(Connection c, List<Unit> units) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM unit_predecessor WHERE unit_id = ?");
             PreparedStatement add = c.prepareStatement(
                     "INSERT INTO unit_predecessor (unit_id, predecessor_id) VALUES (?, ?)");
             PreparedStatement clearFormer = c.prepareStatement("DELETE FROM unit_former_parent WHERE unit_id = ?");
             PreparedStatement addFormer = c.prepareStatement(
                     "INSERT INTO unit_former_parent (unit_id, parent_id, until_day) VALUES (?, ?, ?)")) {
            for (Unit u : units) {
                clear.setString(1, u.id().toString());
                clear.executeUpdate();
                for (UUID predecessor : u.predecessors()) {
                    add.setString(1, u.id().toString());
                    add.setString(2, predecessor.toString());
                    add.executeUpdate();
                }
                clearFormer.setString(1, u.id().toString());
                clearFormer.executeUpdate();
                for (FormerParent former : u.formerParents()) {
                    addFormer.setString(1, u.id().toString());
                    addFormer.setString(2, former.parentId().toString());
                    addFormer.setString(3, former.until().toString());
                    addFormer.executeUpdate();
                }
            }
        }
    }

    /** This installation's unit that another installation knows by {@code aliasId}, if recorded. */
    public Optional<UUID> aliasTarget(UUID aliasId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT unit_id FROM unit_alias WHERE alias_id = ?")) {
                ps.setString(1, aliasId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(UUID.fromString(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Every recorded alias: the other installation's id → this installation's unit id. */
    public Map<UUID, UUID> aliases() {
        return db.read(c -> {
            Map<UUID, UUID> aliases = new HashMap<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT alias_id, unit_id FROM unit_alias")) {
                while (rs.next()) {
                    aliases.put(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)));
                }
            }
            return aliases;
        });
    }

    /**
     * Records that another installation knows this installation's unit {@code unitId} as
     * {@code aliasId} (the same official code); its later packages are read with this id.
     */
    public void addAlias(UUID aliasId, UUID unitId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO unit_alias (alias_id, unit_id) VALUES (?, ?)"
                            + " ON CONFLICT (alias_id) DO UPDATE SET unit_id = excluded.unit_id")) {
                ps.setString(1, aliasId.toString());
                ps.setString(2, unitId.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The live unit with this official code. */
    public Optional<Unit> findByCode(String code) {
        return query("SELECT * FROM unit WHERE deleted = 0 AND code = ?", code).stream().findFirst();
    }

    /** The whole live tree. */
    public UnitTree tree() {
        return new UnitTree(listLive());
    }

    /** The record tables whose rows belong to a unit (besides the unit's own row). */
    private static final List<String> OWNED_TABLES = List.of(
            "plan", "target", "report_deadline", "broadcast", "banner", "team_session", "evidence", "slogan",
            "news_item", "outreach_event", "material", "choice_value", "team_member");

    /**
     * How many live records (plans, targets, activities, evidence, slogans) belong to the unit
     * itself; a unit with records must not be deleted, or its history would be orphaned.
     */
    public long liveRecordCount(UUID unitId) {
        String sql = OWNED_TABLES.stream()
                .map(t -> "(SELECT COUNT(*) FROM " + t + " WHERE deleted = 0 AND unit_id = ?1)")
                .collect(java.util.stream.Collectors.joining(" + ", "SELECT ", ""));
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, unitId.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }
}
