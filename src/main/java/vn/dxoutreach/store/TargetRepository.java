package vn.dxoutreach.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.dxoutreach.domain.ActivityKind;
import vn.dxoutreach.domain.BannerKind;
import vn.dxoutreach.domain.Cadence;
import vn.dxoutreach.domain.Measure;
import vn.dxoutreach.domain.Scope;
import vn.dxoutreach.domain.Target;
import vn.dxoutreach.domain.TargetFilter;
import vn.dxoutreach.domain.UnitType;

/** The targets of the plans. */
public final class TargetRepository extends RecordRepository<Target> {

    public TargetRepository(Database db, Clock clock) {
        super(db, clock);
    }

    @Override
    protected String table() {
        return "target";
    }

    @Override
    protected List<String> columns() {
        return List.of("plan_id", "code", "name", "kind", "measure", "cadence", "value", "scope", "scope_level",
                "window_from", "window_to", "filter_new_only", "filter_unit_level", "filter_topic",
                "filter_banner_kind", "filter_session_topic", "repeats_yearly", "filter_choice", "scope_unit_type",
                "min_share_percent");
    }

    @Override
    protected List<Object> values(Target t) {
        TargetFilter f = t.filter();
        return Arrays.asList(t.planId(), t.code(), t.name(), t.kind(), t.measure(), t.cadence(), t.value(), t.scope(),
                t.scopeLevel(), t.windowFrom(), t.windowTo(), f.newProductionOnly(), f.unitLevel(), f.topic(),
                f.bannerKind(), f.sessionTopic(), t.repeatsYearly(), f.choice(), t.scopeUnitType(), t.minSharePercent());
    }

    @Override
    protected Target map(ResultSet rs) throws SQLException {
        String bannerKind = rs.getString("filter_banner_kind");
        String scopeUnitType = rs.getString("scope_unit_type");
        TargetFilter filter = new TargetFilter(rs.getInt("filter_new_only") != 0,
                Columns.nullableInt(rs, "filter_unit_level"), rs.getString("filter_topic"),
                bannerKind == null ? null : BannerKind.valueOf(bannerKind), rs.getString("filter_session_topic"),
                rs.getString("filter_choice"));
        return new Target(Columns.meta(rs), Columns.uuid(rs, "plan_id"), rs.getString("code"), rs.getString("name"),
                ActivityKind.valueOf(rs.getString("kind")), filter, Measure.valueOf(rs.getString("measure")),
                Cadence.valueOf(rs.getString("cadence")), rs.getLong("value"), Scope.valueOf(rs.getString("scope")),
                Columns.nullableInt(rs, "scope_level"), Columns.date(rs, "window_from"),
                Columns.date(rs, "window_to"), rs.getInt("repeats_yearly") != 0,
                scopeUnitType == null ? null : UnitType.valueOf(scopeUnitType), Columns.nullableInt(rs, "min_share_percent"));
    }

    /** The live targets of a plan, in code order. */
    public List<Target> ofPlan(UUID planId) {
        return query("SELECT * FROM target WHERE deleted = 0 AND plan_id = ? ORDER BY code", planId);
    }
}
